import { readFileSync } from 'fs';
import { join } from 'path';
import { encodePng, iconPixels } from '../../scripts/generate-icons';
import { pngSize, validateManifest } from '../../scripts/validate-manifest';

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
    expect(check(broken('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="http://localhost:3000/taskpane.html"/>'))).toEqual([
      '/OfficeApp/SupportUrl (DefaultValue) : « http://localhost:3000/taskpane.html » doit être en https',
    ]);
    expect(
      check(broken('<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>', '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:8080/taskpane.html"/>')),
    ).toEqual(['/OfficeApp/VersionOverrides/Resources/bt:Urls/bt:Url (DefaultValue) : « https://localhost:8080/taskpane.html » n’est pas sur l’origine du volet (https://localhost:3000)']);
  });

  it('refuses a missing or too old ExcelApi requirement', () => {
    expect(check(broken('MinVersion="1.7"', 'MinVersion="1.4"'))).toEqual(['OfficeApp/Requirements : ExcelApi 1.4 ; le complément utilise ExcelApi 1.7 au moins']);
  });

  it('refuses an icon whose file does not have the size its name says', () => {
    expect(check(broken('<bt:Image size="16" resid="Icon.16x16"/>\n                  <bt:Image size="32" resid="Icon.32x32"/>', '<bt:Image size="16" resid="Icon.32x32"/>\n                  <bt:Image size="32" resid="Icon.16x16"/>'))).toEqual([
      '/OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Icon/bt:Image : l’icône de taille 16 pointe vers « https://localhost:3000/assets/icon-32.png » (attendu …-16.png)',
      '/OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/ExtensionPoint/OfficeTab/Group/Icon/bt:Image : l’icône de taille 32 pointe vers « https://localhost:3000/assets/icon-16.png » (attendu …-32.png)',
    ]);
  });
});

describe('icons', () => {
  it('are PNG files of 16, 32 and 80 pixels, as the generator draws them', () => {
    for (const size of [16, 32, 80]) {
      const file = readFileSync(join(root, 'assets', `icon-${size}.png`));
      expect(pngSize(file)).toEqual({ width: size, height: size });
      expect(file.equals(encodePng(size, iconPixels(size)))).toBe(true);
    }
  });
});
