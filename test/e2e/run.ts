/**
 * Browser tests: the production task pane in Debian's headless Chromium, on the in-memory workbook (the
 * browser preview). No network: dist/ is served from 127.0.0.1 and the office.js CDN is answered from
 * node_modules/@microsoft/office-js/dist. Run by `npm run test:e2e` (E2E_REUSE_BUILD=1 reuses dist/).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { compareProjections, parseScenarioJson, project, type Comparison, type Scenario } from '../../src/engine';
import { functionsJson } from '../../scripts/generate-functions-metadata';
import { formatMoney, formatMoneyDifference, formatPercentDifference } from '../../src/taskpane/format';
import { summarizeProjection } from '../../src/taskpane/results';
import { INPUT_SHEETS, SHEETS } from '../../src/workbook/contract/layout';
import { MemoryWorkbook } from '../../src/workbook/memory';
import type { Browser } from 'playwright-core';
import { AXE_PATH, buildDist, launchBrowser, openPreview, REPO, type Harness } from './harness';

const ARTIFACTS = path.join(REPO, 'test', 'e2e', 'artifacts');
/** « The next twelve months » depend on today: the expected figures are computed for the same day as the pane's. */
const NEW_POPULATION = 90000;
const TELEMETRY_DELAY_MS = 4500;
const HIGH = 'Hypothèse haute';
const LOW = 'Hypothèse basse';
const IMPORTED = 'Hypothèse haute (importée)';
const AUTHOR = 'Équipe CPAM';
/** The achievement rate edited between the two scenarios (year 1 of the first mission row). */
const LOW_RATE = '50 %';

interface Step {
  readonly name: string;
  readonly run: (h: Harness) => Promise<void>;
}

/** The scenario the pane computes, computed here by the engine itself from the same template and edit. */
async function expectedProjection(population: number) {
  const memory = new MemoryWorkbook();
  await memory.insertTemplate('ask');
  const cell = populationCell(memory);
  memory.setValue(SHEETS.cpts, cell, String(population));
  const read = await memory.readInputs();
  if (!read.ok) throw new Error(`le modèle modifié devrait être valide : ${JSON.stringify(read.issues)}`);
  return project(read.scenario);
}

/** The first CPTS's population cell, found by its header like a user would (not a hard-coded address). */
function populationCell(memory: MemoryWorkbook): string {
  const sheet = memory.sheet(SHEETS.cpts);
  if (!sheet) throw new Error('feuille Paramètres CPTS absente');
  for (let r = 0; r < sheet.rows.length; r++) {
    const c = sheet.rows[r]!.indexOf('Population');
    if (c >= 0) return `${String.fromCharCode(65 + c)}${r + 2}`;
  }
  throw new Error('colonne Population introuvable');
}

/** The first mission row's year-1 rate cell, found by its header. */
function rateCell(memory: MemoryWorkbook): string {
  const sheet = memory.sheet(SHEETS.achievements);
  if (!sheet) throw new Error('feuille Atteinte des missions absente');
  for (let r = 0; r < sheet.rows.length; r++) {
    const c = sheet.rows[r]!.indexOf('Taux année 1');
    if (c >= 0) return `${String.fromCharCode(65 + c)}${r + 2}`;
  }
  throw new Error('colonne Taux année 1 introuvable');
}

/** The two scenarios as the pane saves them, saved the same way here on a memory workbook, and their comparison by the engine. */
async function expectedScenarios(): Promise<{ readonly high: Scenario; readonly low: Scenario; readonly comparison: Comparison }> {
  const memory = new MemoryWorkbook();
  await memory.insertTemplate('ask');
  memory.setValue(SHEETS.cpts, populationCell(memory), String(NEW_POPULATION));
  assert.ok((await memory.saveScenario(HIGH, AUTHOR)).ok);
  memory.setValue(SHEETS.achievements, rateCell(memory), LOW_RATE);
  const listed = await memory.saveScenario(LOW, AUTHOR);
  if (!listed.ok) throw new Error(JSON.stringify(listed.issues));
  const find = (name: string): Scenario => {
    const s = listed.scenarios.find((x) => x.scenario.name === name);
    if (!s) throw new Error(`scénario ${name} absent`);
    return s.scenario;
  };
  const high = find(HIGH);
  const low = find(LOW);
  return {
    high,
    low,
    comparison: compareProjections([
      { name: HIGH, projection: project(high) },
      { name: LOW, projection: project(low) },
    ]),
  };
}

/**
 * Opens a scenario's menu and chooses an action with the keyboard. A mouse click can miss: on a page scrolled
 * to the trigger, the popover is repositioned after Playwright has measured it, and the click lands beside it.
 */
async function scenarioAction(h: Harness, name: string, action: string): Promise<void> {
  await h.page.getByRole('button', { name: `Actions : ${name}`, exact: true }).click();
  const item = h.page.getByRole('menuitem', { name: action });
  await item.focus();
  await h.page.keyboard.press('Enter');
  await item.waitFor({ state: 'detached' });
}

async function menuItems(h: Harness, name: string): Promise<string[]> {
  await h.page.getByRole('button', { name: `Actions : ${name}`, exact: true }).click();
  const items = h.page.getByRole('menuitem');
  await items.first().waitFor();
  const texts = await items.allInnerTexts();
  await h.page.keyboard.press('Escape');
  await items.first().waitFor({ state: 'detached' });
  return texts;
}

async function chooseFile(h: Harness, file: string): Promise<void> {
  const [chooser] = await Promise.all([h.page.waitForEvent('filechooser'), h.page.getByTestId('import-scenarios').click()]);
  await chooser.setFiles(file);
}

const scenarioItem = (h: Harness, name: string) => h.page.locator(`[data-testid=scenario-item][data-name="${name}"]`);

async function gridText(h: Harness, sheet: string): Promise<string> {
  await h.page.getByTestId(`sheet-tab-${sheet}`).click();
  await h.page.locator(`[data-testid=preview-grid][data-sheet="${sheet}"]`).waitFor();
  return h.page.getByTestId('preview-grid').innerText();
}

async function runAxe(h: Harness, label: string): Promise<void> {
  // A settled page: results show before the sheets are written, and buttons fade back in (0.1 s) once the run
  // ends; colours read mid-fade would be neither the pane's nor a user's.
  await h.page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') !== 'true' && document.getAnimations().length === 0, undefined, {
    polling: 50,
  });
  await h.page.addScriptTag({ path: AXE_PATH });
  const violations = await h.page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown; html: string }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    // Fluent UI's focus manager (tabster) adds aria-hidden focus sentinels that hand focus on at once: a known
    // false positive of aria-hidden-focus (microsoft/tabster#288), dropped here and only here.
    const sentinel = (id: string, html: string): boolean => id === 'aria-hidden-focus' && html.includes('data-tabster-dummy');
    return result.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !sentinel(v.id, n.html)) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations) console.log(`    axe (${label}) ${v.impact} ${v.id}: ${v.help} ${v.targets.join(' ')}`);
  assert.deepEqual(blocking, [], `axe (${label}) : violations graves ou critiques`);
}

function steps(): Step[] {
  let populationAddress = '';
  let rateAddress = '';
  let originalRate = '';
  let expected: Awaited<ReturnType<typeof expectedScenarios>> | null = null;
  let exported = '';
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aci-e2e-'));
  return [
    {
      name: 'opens the preview in French',
      run: async (h) => {
        await h.page.getByTestId('insert-template').waitFor();
        assert.equal(await h.page.getByTestId('insert-template').innerText(), 'Insérer le modèle');
        assert.match(await h.page.getByTestId('rules-current-to').innerText(), /^Règles à jour au \d{2}\/\d{2}\/\d{4}/);
      },
    },
    {
      name: 'inserts the template',
      run: async (h) => {
        await h.page.getByTestId('insert-template').click();
        await h.page.getByTestId('notice').waitFor();
        assert.match(await h.page.getByTestId('notice').innerText(), /Paramètres CPTS/);
        await h.page.getByTestId(`sheet-tab-${SHEETS.cpts}`).waitFor();
      },
    },
    {
      name: 'asks before replacing sheets that exist, and cancelling changes nothing',
      run: async (h) => {
        await h.page.getByTestId('insert-template').click();
        const dialog = h.page.getByRole('alertdialog');
        await dialog.waitFor();
        assert.match(await dialog.innerText(), /Paramètres CPTS/);
        await dialog.getByRole('button', { name: 'Annuler' }).click();
        await dialog.waitFor({ state: 'detached' });
        assert.equal(await h.page.locator('[data-testid^="sheet-tab-"]').count(), INPUT_SHEETS.length);
      },
    },
    {
      name: 'edits a population and calculates: the totals shown are the engine’s',
      run: async (h) => {
        const memory = new MemoryWorkbook();
        await memory.insertTemplate('ask');
        populationAddress = populationCell(memory);
        await h.page.getByTestId(`sheet-tab-${SHEETS.cpts}`).click();
        const input = h.page.getByLabel(`${SHEETS.cpts}, cellule ${populationAddress}`);
        await input.fill(String(NEW_POPULATION));
        await input.press('Enter');
        // The buttons turn disabled at once while the run is going: no colour fade repainting the pane frame after frame.
        const busy = await h.page.evaluate(async () => {
          document.querySelector<HTMLButtonElement>('[data-testid=calculate]')!.click();
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const buttons = document.getAnimations().filter((a) => a.effect instanceof KeyframeEffect && a.effect.target instanceof HTMLButtonElement);
          return { busy: document.querySelector('main')!.getAttribute('aria-busy'), fading: buttons.length };
        });
        assert.deepEqual(busy, { busy: 'true', fading: 0 });
        await h.page.getByTestId('results').waitFor();
        const today = await h.page.evaluate(() => {
          const d = new Date();
          return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        });
        const expected = summarizeProjection(await expectedProjection(NEW_POPULATION), today);
        // The set leads with calendar years; contract years are shown per CPTS.
        for (const y of expected.byCalendarYear) {
          assert.equal(await h.page.getByTestId(`set-calendar-${y.label}`).innerText(), formatMoney(y.total, 'fr'), `année civile ${y.label}`);
        }
        assert.equal(await h.page.getByTestId('set-calendar-total').innerText(), formatMoney(expected.total, 'fr'));
        assert.match(await h.page.getByTestId('set-calendar-total').innerText(), /^\d{1,3}(\u202f\d{3})*,\d{2}\u00a0€$/);
        // The CPTS at 90 000 inhabitants is now taille 3: the edit reached the computation.
        assert.match(await h.page.getByTestId('results').innerText(), /Taille 3 \(90\u202f000 habitants\)/);
        // Contracts running past the rules' date are flagged.
        // (one line per kind of warning: the group's title, or the warning itself when it is alone)
        assert.match(await h.page.getByTestId('warning-list').innerText(), /au-delà de la date/);
        assert.ok((await gridText(h, SHEETS.summary)).length > 0, 'la synthèse est écrite');
      },
    },
    {
      name: 'stamps « Synthèse » with the run’s date and time; an input edited after « Calculer » is said at once',
      run: async (h) => {
        const now = await h.page.evaluate(() => {
          const d = new Date();
          return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
        });
        const stamp =
          /Entrées : saisies du classeur — version\(s\) des règles : [^\n]* — règles à jour au \d{2}\/\d{2}\/\d{4} — calculé le (\d{2}\/\d{2}\/\d{4}) \d{2}:\d{2}/;
        const written = stamp.exec(await gridText(h, SHEETS.summary));
        assert.ok(written, 'la synthèse dit ses entrées, ses règles, la date et l’heure du calcul');
        assert.equal(written[1], now);
        assert.equal(await h.page.getByTestId('stale-notice').count(), 0);
        // An edit, then the value put back: both are input changes; the run after them is the same as before.
        await h.page.getByTestId(`sheet-tab-${SHEETS.cpts}`).click();
        const input = h.page.getByLabel(`${SHEETS.cpts}, cellule ${populationAddress}`);
        await input.fill(String(NEW_POPULATION + 1));
        await input.press('Enter');
        await h.page.getByTestId('stale-notice').waitFor();
        await input.fill(String(NEW_POPULATION));
        await input.press('Enter');
        assert.match(await h.page.getByTestId('stale-notice').innerText(), /Saisies modifiées depuis le calcul — recalculer/);
        assert.match(await gridText(h, SHEETS.summary), /PÉRIMÉ : saisies modifiées depuis ce calcul, recalculer — Entrées : saisies du classeur/);
        await h.page.getByTestId('recalculate').click();
        await h.page.getByTestId('stale-notice').waitFor({ state: 'detached' });
        await h.page.getByTestId('results').waitFor();
        const again = await gridText(h, SHEETS.summary);
        assert.doesNotMatch(again, /PÉRIMÉ/);
        assert.match(again, stamp);
      },
    },
    {
      name: 'explains a line',
      run: async (h) => {
        await h.page.getByRole('button', { name: /Pourquoi ce montant \? Accès aux soins, Part variable/ }).click();
        const panel = h.page.getByTestId('explain-panel');
        await panel.waitFor();
        const text = await panel.innerText();
        assert.match(text, /Version des règles/);
        assert.match(text, /avenant-2/);
        assert.match(await h.page.getByTestId('explain-arithmetic').innerText(), /×/);
      },
    },
    {
      name: 'writes the « Dialogue de gestion » sheet for the CPTS shown, and charts cash by month',
      run: async (h) => {
        await h.page.getByTestId('cash-chart').waitFor();
        await h.page.getByTestId('dialogue').click();
        await h.page.getByText(/Feuille « Dialogue de gestion » écrite pour/).waitFor();
        assert.match(await gridText(h, 'Dialogue de gestion'), /Versements réalisés et à venir/);
      },
    },
    {
      name: 'computes the rate needed',
      run: async (h) => {
        await h.page.getByTestId('rate-target').fill('1');
        await h.page.getByTestId('rate-answer').waitFor();
        assert.match(await h.page.getByTestId('rate-answer').innerText(), /La part fixe suffit/);
        await h.page.getByTestId('rate-target').fill('100000000');
        assert.match(await h.page.getByTestId('rate-answer').innerText(), /Inaccessible/);
        assert.equal(await h.page.getByTestId('rate-curve').count(), 1);
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        await h.page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-fr.png'), fullPage: true });
      },
    },
    {
      name: 'has no serious or critical accessibility violation (French, with results)',
      run: async (h) => {
        await runAxe(h, 'fr');
      },
    },
    {
      name: 'refuses a bad population with a message naming the cell, and writes nothing',
      run: async (h) => {
        await h.page.getByTestId(`sheet-tab-${SHEETS.cpts}`).click();
        const input = h.page.getByLabel(`${SHEETS.cpts}, cellule ${populationAddress}`);
        await input.fill('-5');
        await input.press('Enter');
        // Taken after the edit, which marks the stamps « périmé »: the refused run must change nothing more.
        const before = await gridText(h, SHEETS.summary);
        assert.match(before, /PÉRIMÉ/);
        await h.page.getByTestId('calculate').click();
        const errors = h.page.getByTestId('error-list');
        await errors.waitFor();
        const text = await errors.innerText();
        assert.match(text, /rien n’a été écrit/);
        assert.ok(text.includes(`'${SHEETS.cpts}'!${populationAddress}`), `le message nomme la cellule : ${text}`);
        assert.match(text, /population/i);
        assert.equal(await h.page.getByTestId('results').count(), 0);
        // Clicking the error selects its cell in the grid.
        await h.page
          .getByTestId('error-item')
          .filter({ hasText: `'${SHEETS.cpts}'!${populationAddress}` })
          .first()
          .getByRole('button')
          .click();
        await h.page.locator(`[data-testid=preview-grid][data-sheet="${SHEETS.cpts}"] td[data-selected="true"][data-address="${populationAddress}"]`).waitFor();
        assert.equal(await gridText(h, SHEETS.summary), before, 'la synthèse est inchangée');
      },
    },
    {
      name: 'switches to English',
      run: async (h) => {
        await h.page.getByTestId(`sheet-tab-${SHEETS.cpts}`).click();
        const input = h.page.getByLabel(`${SHEETS.cpts}, cellule ${populationAddress}`);
        await input.fill(String(NEW_POPULATION));
        await input.press('Enter');
        await h.page.getByTestId('language-select').selectOption('en');
        assert.equal(await h.page.getByTestId('calculate').innerText(), 'Calculate');
        assert.equal(await h.page.evaluate(() => document.documentElement.lang), 'en');
        await h.page.getByTestId('calculate').click();
        await h.page.getByTestId('results').waitFor();
        assert.match(await h.page.getByTestId('set-calendar-total').innerText(), /^€\d{1,3}(,\d{3})*\.\d{2}$/);
        assert.match(await h.page.getByTestId('rules-current-to').innerText(), /^Rules current to \d{2}\/\d{2}\/\d{4}/);
        await runAxe(h, 'en');
      },
    },
    {
      name: 'forces a rule version from the settings',
      run: async (h) => {
        // ACI 2019 has no crisis mission, which the template's CPTS contract: forcing it is refused, naming the rows.
        await h.page.getByTestId('rule-select').selectOption('aci-2019');
        await h.page.getByTestId('calculate').click();
        await h.page.getByTestId('error-list').waitFor();
        assert.match(await h.page.getByTestId('error-list').innerText(), /crises-sanitaires.*ACI CPTS 2019/);
        await h.page.getByTestId('rule-select').selectOption('auto');
        await h.page.getByTestId('calculate').click();
        await h.page.getByTestId('results').waitFor();
        assert.match(await h.page.getByTestId('rules-current-to').innerText(), /Rules applied: avenant-2$/);
      },
    },
    {
      name: 'saves two scenarios and compares them: the figures and differences are the engine’s',
      run: async (h) => {
        await h.page.getByTestId('language-select').selectOption('fr');
        const memory = new MemoryWorkbook();
        await memory.insertTemplate('ask');
        rateAddress = rateCell(memory);
        expected = await expectedScenarios();
        await h.page.getByTestId('scenario-name').fill(HIGH);
        await h.page.getByTestId('scenario-author').fill(AUTHOR);
        await h.page.getByTestId('save-scenario').click();
        await scenarioItem(h, HIGH).waitFor();
        assert.match(await h.page.getByTestId('scenario-notice').innerText(), /« Hypothèse haute » enregistré \(révision 1\)/);
        assert.match(await scenarioItem(h, HIGH).innerText(), /brouillon[\s\S]*révision 1 · par Équipe CPAM · enregistré le \d{2}\/\d{2}\/\d{4}/);
        await h.page.getByTestId(`sheet-tab-${SHEETS.achievements}`).click();
        const rate = h.page.getByLabel(`${SHEETS.achievements}, cellule ${rateAddress}`);
        originalRate = await rate.inputValue();
        await rate.fill(LOW_RATE);
        await rate.press('Enter');
        await h.page.getByTestId('scenario-name').fill(LOW);
        await h.page.getByTestId('save-scenario').click();
        await scenarioItem(h, LOW).waitFor();
        await h.page.getByRole('checkbox', { name: `Comparer « ${HIGH} »` }).check();
        await h.page.getByRole('checkbox', { name: `Comparer « ${LOW} »` }).check();
        await h.page.getByTestId('compare-scenarios').click();
        await h.page.getByTestId('comparison').waitFor();
        const c = expected.comparison;
        // The lower rate lowers the total: the comparison is not trivially zero.
        assert.ok(c.total.cells[1]!.difference.isNegative(), 'la baisse du taux baisse le total');
        const views = [['calendar', [...c.byCalendarYear, c.total]]] as const;
        for (const [view, rows] of views) {
          for (const row of rows) {
            const id = `compare-${view}-${row.period}`;
            assert.equal(await h.page.getByTestId(`${id}-0-amount`).innerText(), formatMoney(row.cells[0]!.amount, 'fr'), `${id} référence`);
            assert.equal(await h.page.getByTestId(`${id}-1-amount`).innerText(), formatMoney(row.cells[1]!.amount, 'fr'), `${id} montant`);
            assert.equal(await h.page.getByTestId(`${id}-1-diff`).innerText(), formatMoneyDifference(row.cells[1]!.difference, 'fr'), `${id} écart €`);
            const ratio = row.cells[1]!.ratio;
            assert.equal(
              await h.page.getByTestId(`${id}-1-ratio`).innerText(),
              ratio === null ? 'n. d.' : formatPercentDifference(ratio, 'fr'),
              `${id} écart %`,
            );
          }
        }
        assert.equal(await h.page.getByTestId('comparison-bar').count(), 2 * c.byCalendarYear.length, 'deux barres par année civile');
        // Who moved: the CPTS behind the gap, largest first, with the engine's difference.
        const top = c.detail.byCpts[0]!;
        assert.equal(
          await h.page.getByTestId(`compare-cpts-${top.key}-1-diff`).innerText(),
          formatMoneyDifference(top.total.cells[1]!.difference, 'fr'),
          'écart de la CPTS qui a le plus bougé',
        );
        await h.page.getByTestId('sheet-tab-Comparaison').waitFor();
      },
    },
    {
      name: 'exports a scenario: the file is the stored scenario, in the scenario format',
      run: async (h) => {
        const [download] = await Promise.all([h.page.waitForEvent('download'), scenarioAction(h, HIGH, 'Exporter (.json)')]);
        assert.equal(download.suggestedFilename(), 'hypothese-haute.json');
        const file = await download.path();
        exported = fs.readFileSync(file, 'utf8');
        const parsed = parseScenarioJson(exported);
        assert.ok(parsed.ok, `le fichier exporté est un scénario valide : ${JSON.stringify(parsed)}`);
        assert.deepEqual(parsed.value, expected!.high);
        // Nothing but the format's fields (parseScenarioJson would have refused an unknown one).
        assert.deepEqual(JSON.parse(exported), JSON.parse(JSON.stringify(expected!.high)));
      },
    },
    {
      name: 'imports through the file chooser: a bad file changes nothing, a clash asks for a name, a renamed one joins',
      run: async (h) => {
        const before = await h.page.getByTestId('scenario-item').count();
        const bad = path.join(tmp, 'mauvais.json');
        const broken = JSON.parse(exported) as { name: string; cpts: { population: number }[] };
        broken.name = 'Mauvais';
        broken.cpts[0]!.population = -5;
        fs.writeFileSync(bad, JSON.stringify(broken));
        await chooseFile(h, bad);
        await h.page.getByTestId('import-errors').waitFor();
        assert.match(await h.page.getByTestId('import-errors').innerText(), /Import refusé[\s\S]*population/);
        assert.equal(await h.page.getByTestId('scenario-item').count(), before, 'rien n’est importé');

        // The same name as a stored scenario: the pane proposes another; cancelling imports nothing.
        const same = path.join(tmp, 'hypothese-haute.json');
        fs.writeFileSync(same, exported);
        await chooseFile(h, same);
        const dialog = h.page.getByRole('dialog');
        await dialog.waitFor();
        assert.equal(await dialog.getByTestId('dialog-field-0').inputValue(), `${HIGH} (2)`);
        await dialog.getByRole('button', { name: 'Annuler' }).click();
        await dialog.waitFor({ state: 'detached' });
        assert.equal(await h.page.getByTestId('scenario-item').count(), before);

        const renamed = path.join(tmp, 'importee.json');
        fs.writeFileSync(renamed, JSON.stringify({ ...JSON.parse(exported), name: IMPORTED }, null, 2));
        await chooseFile(h, renamed);
        await scenarioItem(h, IMPORTED).waitFor();
        assert.match(await h.page.getByTestId('scenario-notice').innerText(), /Importé : « Hypothèse haute \(importée\) »/);
        assert.equal(await h.page.getByTestId('scenario-item').count(), before + 1);
      },
    },
    {
      name: 'applies a scenario after asking: the input table is back to it',
      run: async (h) => {
        await h.page.getByTestId(`sheet-tab-${SHEETS.achievements}`).click();
        const rate = h.page.getByLabel(`${SHEETS.achievements}, cellule ${rateAddress}`);
        assert.notEqual(await rate.inputValue(), originalRate, 'le taux modifié est en place');
        await scenarioAction(h, HIGH, 'Appliquer aux saisies…');
        const dialog = h.page.getByRole('alertdialog');
        await dialog.waitFor();
        assert.match(await dialog.innerText(), /Hypothèse haute/);
        await dialog.getByRole('button', { name: 'Remplacer les saisies' }).click();
        await dialog.waitFor({ state: 'detached' });
        await h.page.getByTestId('scenario-notice').filter({ hasText: 'appliqué' }).waitFor();
        await h.page.getByTestId(`sheet-tab-${SHEETS.achievements}`).click();
        assert.equal(await h.page.getByLabel(`${SHEETS.achievements}, cellule ${rateAddress}`).inputValue(), originalRate);
      },
    },
    {
      name: 'validates a scenario with its meeting date: it is shown locked, with no change offered',
      run: async (h) => {
        await scenarioAction(h, LOW, 'Valider…');
        const dialog = h.page.getByRole('dialog');
        await dialog.waitFor();
        await dialog.getByTestId('dialog-field-0').fill('2026-01-15');
        await dialog.getByRole('button', { name: 'Valider' }).click();
        await dialog.waitFor({ state: 'detached' });
        const item = scenarioItem(h, LOW);
        await h.page.locator(`[data-testid=scenario-item][data-name="${LOW}"][data-locked="true"]`).waitFor();
        assert.match(await item.getByTestId('scenario-status').innerText(), /validé \(réunion du 15\/01\/2026\)/);
        assert.match(await item.getByTestId('scenario-locked').innerText(), /verrouillé/);
        assert.deepEqual(await menuItems(h, LOW), ['Appliquer aux saisies…', 'Exporter (.json)', 'Dupliquer…']);
        assert.equal((await menuItems(h, HIGH)).length, 7, 'un brouillon offre toutes les actions');
        await runAxe(h, 'fr, scénarios');
      },
    },
    {
      name: 'serves functions.json, generated from the functions’ metadata',
      run: async (h) => {
        const served = await h.page.evaluate(async () => (await fetch('functions.json')).text());
        assert.equal(served, functionsJson());
      },
    },
    {
      name: 'functions.js (the manifest’s <Script>) registers every function of the metadata, computing with the engine',
      run: async (h) => {
        // A stand-in for Excel's custom-functions runtime, then the built script itself.
        await h.page.evaluate(() => {
          const registered: Record<string, (...args: unknown[]) => unknown> = {};
          const runtime = {
            associate: (id: string, fn: (...args: unknown[]) => unknown) => (registered[id] = fn),
            Error: class {
              constructor(
                readonly code: string,
                readonly message: string,
              ) {}
            },
            ErrorCode: { invalidValue: '#VALUE!' },
          };
          Object.assign(globalThis, { CustomFunctions: runtime, registeredFunctions: registered });
        });
        await h.page.addScriptTag({ url: 'functions.js' });
        const result = await h.page.evaluate(() => {
          const fns = (globalThis as unknown as { registeredFunctions: Record<string, (...args: unknown[]) => unknown> }).registeredFunctions;
          // T3 under avenant 2 (2023-01-01): fonctionnement 131 250; access variable 35 000 × 80 % = 28 000.
          return {
            ids: Object.keys(fns).sort(),
            taille: fns.TAILLE!(52000),
            fonctionnement: fns.FONCTIONNEMENT!(100000, '2023-01-01'),
            montant: fns.MONTANT!(100000, 'acces-soins', 'variable', 0.8, '2023-01-01'),
          };
        });
        assert.deepEqual(result, { ids: ['FONCTIONNEMENT', 'MONTANT', 'TAILLE', 'TOTAL.MAX'], taille: 2, fonctionnement: 131250, montant: 28000 });
      },
    },
    {
      name: 'saves a screenshot',
      run: async (h) => {
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        await h.page.screenshot({ path: path.join(ARTIFACTS, 'taskpane.png'), fullPage: true });
      },
    },
  ];
}

/**
 * office.js unreachable (offline, or a proxy blocking Microsoft's CDN): the pane still starts, on the memory
 * workbook, says why, and computes.
 */
async function offlineStep(browser: Browser): Promise<void> {
  const h = await openPreview(browser, undefined, 'blocked');
  try {
    const notice = h.page.getByTestId('office-missing');
    await notice.waitFor();
    assert.equal(await notice.innerText(), 'office.js n’a pas pu être chargé : aperçu hors Excel');
    await h.page.getByTestId('insert-template').click();
    await h.page.getByTestId('notice').waitFor();
    await h.page.getByTestId('calculate').click();
    await h.page.getByTestId('results').waitFor();
    assert.deepEqual(h.pageErrors, []);
  } finally {
    await h.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  buildDist();
  const browser = await launchBrowser();
  let failed = 0;
  let passed = 0;
  const h = await openPreview(browser);
  try {
    for (const step of steps()) {
      const t0 = Date.now();
      try {
        await step.run(h);
        passed++;
        console.log(`  ✓ ${step.name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        console.log(`  ✗ ${step.name}\n    ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        await h.page.screenshot({ path: path.join(ARTIFACTS, 'failure.png'), fullPage: true }).catch(() => undefined);
        break; // later steps build on this one
      }
    }
    // office.js starts its telemetry frame 3 s after loading: check the requests only once that time has passed.
    const waited = Date.now() - h.openedAt;
    if (waited < TELEMETRY_DELAY_MS) await h.page.waitForTimeout(TELEMETRY_DELAY_MS - waited);
    const outside = h.requests.filter((r) => !r.local);
    if (outside.length > 0) {
      failed++;
      console.log(`  ✗ every request stays on 127.0.0.1\n    ${outside.map((r) => r.url).join('\n    ')}`);
    } else {
      passed++;
      console.log(`  ✓ every request stays on 127.0.0.1 (${h.requests.length} requests, office.js served locally)`);
    }
    if (h.pageErrors.length > 0) {
      failed++;
      console.log(`  ✗ no script error in the page\n    ${h.pageErrors.join('\n    ')}`);
    } else passed++;
    const t0 = Date.now();
    try {
      await offlineStep(browser);
      passed++;
      console.log(`  ✓ starts as the preview, with a notice, when office.js cannot be loaded (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`  ✗ starts as the preview when office.js cannot be loaded\n    ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  } finally {
    await h.close();
    await browser.close();
  }
  console.log(`e2e in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // The closing line CI reads: « N passed, N failed ».
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
