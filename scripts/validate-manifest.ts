import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * Offline checks of the add-in manifest (the online validator is not reachable from here): well-formed XML,
 * element order and required elements per the Office add-in schemas for the elements used, every resource
 * id defined (with the right kind) and used, string lengths, every URL https on one origin, ExcelApi ≥ 1.7,
 * icons present with the size their name says, custom functions wired to the shared runtime.
 * Usage: ts-node --transpile-only scripts/validate-manifest.ts manifest.xml
 */

interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
  readonly path: string;
}

/** Children in schema order; « ! » marks a required child. Keys are element names, or name:xsi:type. */
const ORDER: Readonly<Record<string, readonly string[]>> = {
  OfficeApp: [
    'Id!',
    'AlternateId',
    'Version!',
    'ProviderName!',
    'DefaultLocale!',
    'DisplayName!',
    'Description!',
    'IconUrl!',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts!',
    'Requirements!',
    'DefaultSettings!',
    'Permissions!',
    'AllowSnapshot',
    'Dictionary',
    'VersionOverrides',
    'ExtendedOverrides',
  ],
  DisplayName: ['Override'],
  Description: ['Override'],
  AppDomains: ['AppDomain'],
  Hosts: ['Host!'],
  Requirements: ['Sets', 'Methods'],
  Sets: ['Set!'],
  // Inside VersionOverrides, requirement sets are in the basic-types namespace.
  'VersionOverrides>Requirements': ['bt:Sets!'],
  'bt:Sets': ['bt:Set!'],
  DefaultSettings: ['SourceLocation!', 'RequestedWidth', 'RequestedHeight'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts!', 'Resources', 'EquivalentAddins', 'VersionOverrides'],
  'Host:Workbook': ['Runtimes', 'AllFormFactors', 'DesktopFormFactor', 'MobileFormFactor'],
  Runtimes: ['Runtime!'],
  AllFormFactors: ['ExtensionPoint!'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile!', 'ExtensionPoint!'],
  GetStarted: ['Title!', 'Description!', 'LearnMoreUrl!'],
  'ExtensionPoint:PrimaryCommandSurface': ['CustomTab', 'OfficeTab'],
  'ExtensionPoint:ContextMenu': ['OfficeMenu!'],
  'ExtensionPoint:CustomFunctions': ['Script!', 'Page!', 'Metadata!', 'Namespace'],
  Script: ['SourceLocation!'],
  Page: ['SourceLocation!'],
  Metadata: ['SourceLocation!'],
  OfficeTab: ['Group!'],
  Group: ['Label!', 'Icon!', 'Control!'],
  'Control:Button': ['Label!', 'Supertip!', 'Icon!', 'Action!'],
  Supertip: ['Title!', 'Description!'],
  Icon: ['bt:Image!'],
  'Action:ShowTaskpane': ['TaskpaneId', 'SourceLocation!', 'Title', 'SupportsPinning'],
  'Action:ExecuteFunction': ['FunctionName!'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
  'bt:Images': ['bt:Image!'],
  'bt:Urls': ['bt:Url!'],
  'bt:ShortStrings': ['bt:String!'],
  'bt:LongStrings': ['bt:String!'],
  'bt:String': ['bt:Override'],
};

/** Which resource kind a `resid` must name, by the element (and its parent) that carries it. */
type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings';
function expectedKind(element: XmlElement, parent: string): ResourceKind | null {
  switch (element.name) {
    case 'bt:Image':
      return 'bt:Images';
    case 'SourceLocation':
    case 'FunctionFile':
    case 'LearnMoreUrl':
    case 'Runtime':
    case 'Script':
    case 'Page':
    case 'Metadata':
      return 'bt:Urls';
    case 'Label':
    case 'Title':
    case 'Namespace':
      return 'bt:ShortStrings';
    case 'Description':
      return parent === 'Supertip' || parent === 'GetStarted' ? 'bt:LongStrings' : null;
    default:
      return null;
  }
}

const MAX_LENGTH: Readonly<Record<string, number>> = { 'bt:ShortStrings': 125, 'bt:LongStrings': 250, DisplayName: 125, Description: 250 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MIN_EXCEL_API = [1, 7] as const;

type Node = Record<string, unknown>;

function toElements(nodes: unknown, parentPath: string): XmlElement[] {
  if (!Array.isArray(nodes)) return [];
  const out: XmlElement[] = [];
  for (const node of nodes as Node[]) {
    const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text' && k !== '#comment' && !k.startsWith('?'));
    if (!name) continue;
    const attrs = (node[':@'] ?? {}) as Record<string, string>;
    const path = `${parentPath}/${name}`;
    const raw = node[name];
    const text = Array.isArray(raw)
      ? (raw as Node[])
          .map((c) => (typeof c['#text'] === 'string' || typeof c['#text'] === 'number' ? String(c['#text']) : ''))
          .join('')
          .trim()
      : '';
    out.push({ name, attrs, children: toElements(raw, path), text, path });
  }
  return out;
}

function walk(element: XmlElement, visit: (e: XmlElement, parent: XmlElement | null) => void, parent: XmlElement | null = null): void {
  visit(element, parent);
  for (const child of element.children) walk(child, visit, element);
}

function orderKey(e: XmlElement, parent: XmlElement | null): string | null {
  if (parent && ORDER[`${parent.name}>${e.name}`]) return `${parent.name}>${e.name}`;
  const type = e.attrs['xsi:type'];
  if (type && ORDER[`${e.name}:${type}`]) return `${e.name}:${type}`;
  return ORDER[e.name] ? e.name : null;
}

function checkOrder(root: XmlElement, errors: string[]): void {
  walk(root, (e, parent) => {
    const key = orderKey(e, parent);
    if (!key) return;
    const spec = ORDER[key]!.map((s) => ({ name: s.replace(/!$/, ''), required: s.endsWith('!') }));
    let last = -1;
    for (const child of e.children) {
      const i = spec.findIndex((s) => s.name === child.name);
      if (i < 0) {
        errors.push(`${child.path} : élément inattendu dans <${e.name}> (admis : ${spec.map((s) => s.name).join(', ')})`);
      } else if (i < last) {
        errors.push(`${child.path} : ordre des éléments incorrect, <${child.name}> doit précéder <${spec[last]!.name}>`);
      } else last = i;
    }
    for (const s of spec) {
      if (s.required && !e.children.some((c) => c.name === s.name)) errors.push(`${e.path} : élément obligatoire <${s.name}> manquant`);
    }
  });
}

function origin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function checkResources(root: XmlElement, errors: string[]): Map<string, { kind: ResourceKind; value: string }> {
  const defined = new Map<string, { kind: ResourceKind; value: string }>();
  walk(root, (e, parent) => {
    if (!parent || !['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].includes(parent.name)) return;
    const id = e.attrs.id;
    const kind = parent.name as ResourceKind;
    if (!id) {
      errors.push(`${e.path} : ressource sans attribut id`);
      return;
    }
    if (defined.has(id)) errors.push(`${e.path} : identifiant de ressource « ${id} » défini deux fois`);
    const value = e.attrs.DefaultValue ?? '';
    if (!value) errors.push(`${e.path} : ressource « ${id} » sans DefaultValue`);
    defined.set(id, { kind, value });
    const max = MAX_LENGTH[kind];
    if (max !== undefined) {
      const values = [value, ...e.children.filter((c) => c.name === 'bt:Override').map((c) => c.attrs.Value ?? '')];
      for (const v of values) if (v.length > max) errors.push(`${e.path} : texte « ${id} » trop long (${v.length} caractères, ${max} au plus)`);
    }
  });
  const used = new Set<string>();
  walk(root, (e, parent) => {
    const resid = e.attrs.resid;
    if (resid === undefined) return;
    used.add(resid);
    const def = defined.get(resid);
    if (!def) {
      errors.push(`${e.path} : resid « ${resid} » non défini dans <Resources>`);
      return;
    }
    const want = expectedKind(e, parent?.name ?? '');
    if (want && def.kind !== want) errors.push(`${e.path} : resid « ${resid} » est dans <${def.kind}>, attendu dans <${want}>`);
  });
  for (const id of defined.keys()) if (!used.has(id)) errors.push(`Resources : ressource « ${id} » définie mais jamais utilisée`);
  return defined;
}

function checkUrls(root: XmlElement, errors: string[]): void {
  const source = root.children.find((c) => c.name === 'DefaultSettings')?.children.find((c) => c.name === 'SourceLocation')?.attrs.DefaultValue;
  const home = source ? origin(source) : null;
  if (!home) {
    errors.push('DefaultSettings/SourceLocation : URL du volet absente ou invalide');
    return;
  }
  walk(root, (e) => {
    const candidates: [string, string][] = [];
    for (const attr of ['DefaultValue', 'Value']) {
      const v = e.attrs[attr];
      if (v !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) candidates.push([attr, v]);
    }
    if (e.name === 'AppDomain') candidates.push(['texte', e.text]);
    if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'bt:Image', 'bt:Url'].includes(e.name) && e.attrs.DefaultValue !== undefined) {
      if (!candidates.some(([a]) => a === 'DefaultValue')) candidates.push(['DefaultValue', e.attrs.DefaultValue]);
    }
    for (const [attr, url] of candidates) {
      const o = origin(url);
      if (!o) errors.push(`${e.path} (${attr}) : URL invalide « ${url} »`);
      else if (!url.startsWith('https://')) errors.push(`${e.path} (${attr}) : « ${url} » doit être en https`);
      else if (o !== home) errors.push(`${e.path} (${attr}) : « ${url} » n’est pas sur l’origine du volet (${home})`);
    }
  });
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Microsoft's manifest reference: every ribbon `Icon` has 16, 32 and 80 px images; a task pane's IconUrl is 32 px, its HighResolutionIconUrl 64 px. */
export const RIBBON_ICON_SIZES = [16, 32, 80] as const;
export const ADDIN_ICON_SIZES: Readonly<Record<'IconUrl' | 'HighResolutionIconUrl', number>> = { IconUrl: 32, HighResolutionIconUrl: 64 };

function checkIcons(root: XmlElement, resources: Map<string, { kind: ResourceKind; value: string }>, errors: string[], assetsRoot: string | undefined): void {
  const icons: { path: string; url: string; size: number | null }[] = [];
  walk(root, (e) => {
    if (e.name !== 'Icon') return;
    const sizes = e.children.filter((c) => c.name === 'bt:Image').map((c) => Number(c.attrs.size));
    const missing = RIBBON_ICON_SIZES.filter((s) => !sizes.includes(s));
    if (missing.length > 0) errors.push(`${e.path} : images de ${missing.join(', ')} px manquantes (le ruban demande ${RIBBON_ICON_SIZES.join(', ')} px)`);
  });
  walk(root, (e, parent) => {
    if (e.name === 'bt:Image' && parent?.name === 'Icon' && e.attrs.resid) {
      const url = resources.get(e.attrs.resid)?.value;
      const size = Number(e.attrs.size);
      if (url) icons.push({ path: e.path, url, size });
      if (url && !url.endsWith(`-${size}.png`)) errors.push(`${e.path} : l’icône de taille ${size} pointe vers « ${url} » (attendu …-${size}.png)`);
    }
  });
  for (const name of ['IconUrl', 'HighResolutionIconUrl'] as const) {
    const url = root.children.find((c) => c.name === name)?.attrs.DefaultValue;
    if (url) icons.push({ path: `/OfficeApp/${name}`, url, size: ADDIN_ICON_SIZES[name] });
    if (url && !url.endsWith(`-${ADDIN_ICON_SIZES[name]}.png`))
      errors.push(`/OfficeApp/${name} : « ${url} » (attendu une image de ${ADDIN_ICON_SIZES[name]} px, …-${ADDIN_ICON_SIZES[name]}.png)`);
  }
  if (!assetsRoot) return;
  for (const icon of icons) {
    let file: string;
    try {
      file = join(assetsRoot, decodeURIComponent(new URL(icon.url).pathname));
    } catch {
      continue;
    }
    if (!existsSync(file)) {
      errors.push(`${icon.path} : fichier d’icône introuvable ${file}`);
      continue;
    }
    const size = pngSize(readFileSync(file));
    const named = /-(\d+)\.png$/.exec(icon.url);
    if (!size) errors.push(`${icon.path} : ${file} n’est pas un PNG`);
    else if (size.width !== size.height || (named && size.width !== Number(named[1]))) {
      errors.push(`${icon.path} : ${file} mesure ${size.width}×${size.height}, son nom annonce ${named?.[1] ?? '?'} px`);
    }
  }
}

function checkContent(root: XmlElement, errors: string[]): void {
  const child = (name: string): XmlElement | undefined => root.children.find((c) => c.name === name);
  if (root.attrs['xsi:type'] !== 'TaskPaneApp') errors.push('OfficeApp : xsi:type doit valoir « TaskPaneApp »');
  const id = child('Id')?.text ?? '';
  if (!GUID.test(id)) errors.push(`OfficeApp/Id : « ${id} » n’est pas un GUID`);
  const version = child('Version')?.text ?? '';
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) errors.push(`OfficeApp/Version : « ${version} » (attendu n.n.n.n)`);
  if (child('DefaultLocale')?.text !== 'fr-FR') errors.push('OfficeApp/DefaultLocale : attendu fr-FR (le français d’abord)');
  for (const name of ['DisplayName', 'Description']) {
    const e = child(name);
    if (!e) continue;
    if (!e.attrs.DefaultValue) errors.push(`OfficeApp/${name} : DefaultValue manquant`);
    if (!e.children.some((o) => o.name === 'Override' && o.attrs.Locale === 'en-US' && o.attrs.Value))
      errors.push(`OfficeApp/${name} : traduction en-US (Override) manquante`);
    const max = MAX_LENGTH[name]!;
    for (const v of [e.attrs.DefaultValue ?? '', ...e.children.map((o) => o.attrs.Value ?? '')])
      if (v.length > max) errors.push(`OfficeApp/${name} : texte trop long (${v.length} caractères, ${max} au plus)`);
  }
  const hosts = child('Hosts')?.children ?? [];
  if (!hosts.some((h) => h.attrs.Name === 'Workbook')) errors.push('OfficeApp/Hosts : <Host Name="Workbook"/> manquant (complément Excel)');
  const sets = child('Requirements')?.children.find((c) => c.name === 'Sets')?.children ?? [];
  const excel = sets.find((s) => s.attrs.Name === 'ExcelApi');
  if (!excel) errors.push('OfficeApp/Requirements : ensemble ExcelApi manquant');
  else {
    const [maj, min] = (excel.attrs.MinVersion ?? '').split('.').map(Number);
    if (
      maj === undefined ||
      min === undefined ||
      Number.isNaN(maj) ||
      Number.isNaN(min) ||
      maj < MIN_EXCEL_API[0] ||
      (maj === MIN_EXCEL_API[0] && min < MIN_EXCEL_API[1])
    ) {
      errors.push(`OfficeApp/Requirements : ExcelApi ${excel.attrs.MinVersion ?? '?'} ; le complément utilise ExcelApi ${MIN_EXCEL_API.join('.')} au moins`);
    }
  }
  let homeButton = false;
  walk(root, (e) => {
    if (e.name === 'OfficeTab' && e.attrs.id === 'TabHome') {
      walk(e, (c) => {
        if (c.name === 'Action' && c.attrs['xsi:type'] === 'ShowTaskpane') homeButton = true;
      });
    }
  });
  if (!homeButton) errors.push('VersionOverrides : aucun bouton de l’onglet Accueil (TabHome) n’ouvre le volet (ShowTaskpane)');
}

/** `MinVersion` of a requirement set in a list of Set elements (`bt:Set` or `Set`), or null when absent. */
function setVersion(sets: readonly XmlElement[], name: string, defaultMin: string | undefined): [number, number] | null {
  const set = sets.find((c) => c.attrs.Name === name);
  if (!set) return null;
  const [maj, min] = (set.attrs.MinVersion ?? defaultMin ?? '1.1').split('.').map(Number);
  return maj === undefined || min === undefined || Number.isNaN(maj) || Number.isNaN(min) ? null : [maj, min];
}

/**
 * Custom functions in a shared runtime (the task pane's page): the runtime is declared with lifetime « long »,
 * the functions' page, the task pane and the function file all name the same resource as the runtime (Office
 * does not load the shared runtime otherwise), SharedRuntime 1.1 is required in VersionOverrides, the script is
 * a JavaScript file and the metadata a JSON file.
 */
function checkCustomFunctions(root: XmlElement, resources: Map<string, { kind: ResourceKind; value: string }>, errors: string[]): void {
  const overrides = root.children.find((c) => c.name === 'VersionOverrides');
  if (!overrides) return;
  const points: XmlElement[] = [];
  const runtimes: XmlElement[] = [];
  walk(overrides, (e) => {
    if (e.name === 'ExtensionPoint' && e.attrs['xsi:type'] === 'CustomFunctions') points.push(e);
    if (e.name === 'Runtime') runtimes.push(e);
  });
  for (const r of runtimes) {
    if (r.attrs.lifetime !== 'long')
      errors.push(`${r.path} : lifetime="${r.attrs.lifetime ?? 'short'}" ; un runtime partagé d’Excel doit avoir lifetime="long"`);
  }
  if (points.length === 0) return;
  const runtime = runtimes[0]?.attrs.resid;
  if (!runtime) {
    errors.push('VersionOverrides : fonctions personnalisées sans <Runtimes><Runtime resid="…" lifetime="long"/> (runtime partagé)');
    return;
  }
  const sourceOf = (e: XmlElement | undefined): string | undefined => e?.children.find((c) => c.name === 'SourceLocation')?.attrs.resid;
  for (const point of points) {
    const child = (name: string): XmlElement | undefined => point.children.find((c) => c.name === name);
    const page = sourceOf(child('Page'));
    if (page !== undefined && page !== runtime)
      errors.push(`${point.path}/Page : resid « ${page} » ; la page des fonctions doit être celle du runtime partagé (« ${runtime} »)`);
    const script = sourceOf(child('Script'));
    const scriptUrl = script === undefined ? undefined : resources.get(script)?.value;
    if (scriptUrl !== undefined && !/\.js$/i.test(new URL(scriptUrl, 'https://x').pathname))
      errors.push(`${point.path}/Script : « ${scriptUrl} » n’est pas un fichier .js`);
    const metadata = sourceOf(child('Metadata'));
    const url = metadata === undefined ? undefined : resources.get(metadata)?.value;
    if (url !== undefined && !/\.json$/i.test(new URL(url, 'https://x').pathname))
      errors.push(`${point.path}/Metadata : « ${url} » n’est pas un fichier .json`);
    const namespace = child('Namespace')?.attrs.resid;
    const prefix = namespace === undefined ? undefined : resources.get(namespace)?.value;
    if (prefix !== undefined && !/^[A-Za-z][A-Za-z0-9]*$/.test(prefix))
      errors.push(`${point.path}/Namespace : « ${prefix} » (lettres et chiffres, commençant par une lettre)`);
  }
  walk(overrides, (e, parent) => {
    const resid = e.name === 'FunctionFile' ? e.attrs.resid : e.name === 'SourceLocation' && parent?.name === 'Action' ? e.attrs.resid : undefined;
    if (resid !== undefined && resid !== runtime)
      errors.push(`${e.path} : resid « ${resid} » ; avec un runtime partagé, le volet et les commandes doivent utiliser « ${runtime} »`);
  });
  const requirements = overrides.children.find((c) => c.name === 'Requirements')?.children.find((c) => c.name === 'bt:Sets');
  const shared = requirements ? setVersion(requirements.children, 'SharedRuntime', requirements.attrs.DefaultMinVersion) : null;
  if (!shared || shared[0] < 1 || (shared[0] === 1 && shared[1] < 1)) {
    errors.push('VersionOverrides/Requirements : <bt:Set Name="SharedRuntime" MinVersion="1.1"/> manquant (fonctions personnalisées dans le runtime partagé)');
  }
}

export interface ValidateOptions {
  /** Folder the URLs' paths are served from (repository root: /assets/icon-16.png → assets/icon-16.png). */
  readonly assetsRoot?: string;
}

/** Every problem found, in French; an empty list means the manifest passes. */
export function validateManifest(xml: string, options: ValidateOptions = {}): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    const { msg, line, col } = wellFormed.err;
    return [`XML mal formé, ligne ${line}, colonne ${col} : ${msg}`];
  }
  const parsed: unknown = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
  }).parse(xml);
  const roots = toElements(parsed, '');
  const root = roots.find((r) => r.name === 'OfficeApp');
  if (!root) return ['élément racine <OfficeApp> manquant'];
  const errors: string[] = [];
  checkOrder(root, errors);
  checkContent(root, errors);
  const resources = checkResources(root, errors);
  checkUrls(root, errors);
  checkIcons(root, resources, errors, options.assetsRoot);
  checkCustomFunctions(root, resources, errors);
  return errors;
}

if (require.main === module) {
  const file = process.argv[2] ?? 'manifest.xml';
  const errors = validateManifest(readFileSync(file, 'utf8'), { assetsRoot: dirname(file) });
  if (errors.length === 0) {
    console.log(
      `${file} : valide (XML bien formé, ordre des éléments, ressources, URL https sur une seule origine, ExcelApi ≥ 1.7, icônes, fonctions personnalisées dans le runtime partagé).`,
    );
  } else {
    for (const e of errors) console.error(`${file} : ${e}`);
    process.exitCode = 1;
  }
}
