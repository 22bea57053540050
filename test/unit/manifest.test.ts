import { readFileSync } from 'fs';
import { join } from 'path';
import { encodePng, ICON_SIZES, iconPixels } from '../../scripts/generate-icons';
import { ADDIN_ICON_SIZES, pngSize, RIBBON_ICON_SIZES, validateManifest } from '../../scripts/validate-manifest';

const root = join(__dirname, '..', '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
const check = (xml: string): string[] => validateManifest(xml, { assetsRoot: root });

/** A copy of the manifest with one exact change (the change must apply, or the negative test proves nothing). */
function broken(from: string, to: string): string {
  expect(manifest).toContain(from);
  return manifest.replace(from, to);
}

describe('manifest.xml', () => {
  it('passes every offline check', () => {
    expect(check(manifest)).toEqual([]);
  });

  it('is a task pane for Excel: ExcelApi 1.7, French by default with English, ribbon button « Simulateur ACI » on Home', () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
    expect(manifest).toMatch(/<DefaultLocale>fr-FR<\/DefaultLocale>/);
    expect(manifest).toMatch(/<bt:String id="TaskpaneButton.Label" DefaultValue="Simulateur ACI">/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
  });

  it('refuses XML that is not well formed', () => {
    const errors = check(broken('</DisplayName>', '</DisplayNam>'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^XML mal formé, ligne \d+/);
  });

  it('refuses elements out of schema order', () => {
    const swapped = broken(
      '<Version>1.0.0.0</Version>\n  <ProviderName>Simulateur ACI CPTS</ProviderName>',
      '<ProviderName>Simulateur ACI CPTS</ProviderName>\n  <Version>1.0.0.0</Version>',
    );
    expect(check(swapped)).toEqual(['/OfficeApp/Version : ordre des éléments incorrect, <Version> doit précéder <ProviderName>']);
  });

  it('refuses a resid that no resource defines, and a resource nobody uses', () => {
    expect(check(broken('<Label resid="Group.Label"/>', '<Label resid="Group.Libelle"/>'))).toEqual([
      '/OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Label : resid « Group.Libelle » non défini dans <Resources>',
      'Resources : ressource « Group.Label » définie mais jamais utilisée',
    ]);
  });

  it('refuses http, and an URL on another origin', () => {
    expect(
      check(broken('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="http://localhost:3000/taskpane.html"/>')),
    ).toEqual(['/OfficeApp/SupportUrl (DefaultValue) : « http://localhost:3000/taskpane.html » doit être en https']);
    expect(
      check(
        broken(
          '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
          '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:8080/taskpane.html"/>',
        ),
      ),
    ).toEqual([
      '/OfficeApp/VersionOverrides/Resources/bt:Urls/bt:Url (DefaultValue) : « https://localhost:8080/taskpane.html » n’est pas sur l’origine du volet (https://localhost:3000)',
    ]);
  });

  it('refuses a missing or too old ExcelApi requirement', () => {
    expect(check(broken('MinVersion="1.7"', 'MinVersion="1.4"'))).toEqual([
      'OfficeApp/Requirements : ExcelApi 1.4 ; le complément utilise ExcelApi 1.7 au moins',
    ]);
  });

  it('refuses an icon whose file does not have the size its name says', () => {
    expect(
      check(
        broken(
          '<bt:Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="32" resid="Icon.32x32"/>',
          '<bt:Image size="16" resid="Icon.32x32"/>\n                  <bt:Image size="32" resid="Icon.16x16"/>',
        ),
      ),
    ).toEqual([
      '/OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Icon/bt:Image : l’icône de taille 16 pointe vers « https://localhost:3000/assets/icon-32.png » (attendu …-16.png)',
      '/OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Icon/bt:Image : l’icône de taille 32 pointe vers « https://localhost:3000/assets/icon-16.png » (attendu …-32.png)',
    ]);
  });
});

describe('manifest.xml: custom functions in the shared runtime', () => {
  it('declares =ACI.… functions whose page is the task pane’s long-lived runtime, with SharedRuntime 1.1 required in VersionOverrides', () => {
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>\s*<\/Page>/);
    expect(manifest).toMatch(/<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json"\/>/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="ACI"\/>/);
    expect(manifest).toMatch(
      /<VersionOverrides[^>]*>[\s\S]*<Requirements>\s*<bt:Sets DefaultMinVersion="1.1">\s*<bt:Set Name="SharedRuntime" MinVersion="1.1"\/>/,
    );
    // The add-in's own minimum stays ExcelApi 1.7: SharedRuntime is not required to install it.
    expect(manifest.slice(0, manifest.indexOf('<VersionOverrides'))).not.toContain('SharedRuntime');
  });

  it('refuses a runtime that is not long-lived', () => {
    expect(check(broken('lifetime="long"', 'lifetime="short"'))).toEqual([
      '/OfficeApp/VersionOverrides/Hosts/Host/Runtimes/Runtime : lifetime="short" ; un runtime partagé d’Excel doit avoir lifetime="long"',
    ]);
  });

  it('refuses a functions page other than the runtime’s (Office would not share the runtime)', () => {
    const other = broken(
      '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
      '<Page>\n              <SourceLocation resid="Functions.Metadata.Url"/>',
    );
    expect(check(other)).toEqual([
      '/OfficeApp/VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint/Page : resid « Functions.Metadata.Url » ; la page des fonctions doit être celle du runtime partagé (« Taskpane.Url »)',
    ]);
  });

  it('refuses custom functions without the SharedRuntime requirement, and Runtimes out of order', () => {
    expect(check(broken('<bt:Set Name="SharedRuntime" MinVersion="1.1"/>', '<bt:Set Name="SharedRuntime" MinVersion="1.0"/>'))).toEqual([
      'VersionOverrides/Requirements : <bt:Set Name="SharedRuntime" MinVersion="1.1"/> manquant (fonctions personnalisées dans le runtime partagé)',
    ]);
    const runtimes = '        <Runtimes>\n          <Runtime resid="Taskpane.Url" lifetime="long"/>\n        </Runtimes>\n';
    const moved = broken(runtimes, '').replace('        </AllFormFactors>\n', `        </AllFormFactors>\n${runtimes}`);
    expect(check(moved)).toEqual(['/OfficeApp/VersionOverrides/Hosts/Host/Runtimes : ordre des éléments incorrect, <Runtimes> doit précéder <AllFormFactors>']);
  });

  it('refuses a functions script that is not JavaScript (the page itself, say)', () => {
    expect(check(broken('<SourceLocation resid="Functions.Script.Url"/>', '<SourceLocation resid="Taskpane.Url"/>'))).toEqual([
      'Resources : ressource « Functions.Script.Url » définie mais jamais utilisée',
      '/OfficeApp/VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint/Script : « https://localhost:3000/taskpane.html » n’est pas un fichier .js',
    ]);
  });

  it('refuses metadata that is not JSON, or on another origin', () => {
    expect(check(broken('https://localhost:3000/functions.json', 'https://localhost:3000/functions.js'))).toEqual([
      '/OfficeApp/VersionOverrides/Hosts/Host/AllFormFactors/ExtensionPoint/Metadata : « https://localhost:3000/functions.js » n’est pas un fichier .json',
    ]);
    expect(check(broken('https://localhost:3000/functions.json', 'https://cdn.example.org/functions.json'))).toEqual([
      '/OfficeApp/VersionOverrides/Resources/bt:Urls/bt:Url (DefaultValue) : « https://cdn.example.org/functions.json » n’est pas sur l’origine du volet (https://localhost:3000)',
    ]);
  });
});

describe('icons', () => {
  it('at the sizes Microsoft’s manifest reference asks for: ribbon 16, 32, 80; IconUrl 32; HighResolutionIconUrl 64', () => {
    expect(RIBBON_ICON_SIZES).toEqual([16, 32, 80]);
    expect(ADDIN_ICON_SIZES).toEqual({ IconUrl: 32, HighResolutionIconUrl: 64 });
    expect(manifest).toContain('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>');
    expect(manifest).toContain('<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>');
    expect(check(broken('assets/icon-64.png"/>', 'assets/icon-80.png"/>'))).toEqual([
      '/OfficeApp/HighResolutionIconUrl : « https://localhost:3000/assets/icon-80.png » (attendu une image de 64 px, …-64.png)',
    ]);
    const withoutLarge = broken(
      '<bt:Image size="32" resid="Icon.32x32"/>\n                  <bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>',
      '<bt:Image size="32" resid="Icon.32x32"/>\n                </Icon>',
    );
    expect(check(withoutLarge)).toEqual([
      '/OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Icon : images de 80 px manquantes (le ruban demande 16, 32, 80 px)',
    ]);
  });

  it('are PNG files of 16, 32, 64 and 80 pixels, as the generator draws them', () => {
    expect(ICON_SIZES).toEqual([16, 32, 64, 80]);
    for (const size of ICON_SIZES) {
      const file = readFileSync(join(root, 'assets', `icon-${size}.png`));
      expect(pngSize(file)).toEqual({ width: size, height: size });
      expect(file.equals(encodePng(size, iconPixels(size)))).toBe(true);
    }
  });
});
