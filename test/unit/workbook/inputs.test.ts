import { CONTRACT_BAREME_LABEL, project } from '../../../src/engine';
import { BAREME_ROWS } from '../../../src/workbook/inputs/bareme-rows';
import { isoToSerial, serialToIso, textToIso, type CellValue } from '../../../src/workbook/grid/cells';
import { readScenario, readWorkbook, type InputTables } from '../../../src/workbook/inputs/read-inputs';
import { BAREME_CONTRACT_COLUMN, MISSION_LABELS, SHEETS } from '../../../src/workbook/contract/layout';
import type { ReadOutcome } from '../../../src/workbook/port';
import { baremeSheet } from '../../../src/workbook/inputs/template';
import { ACHIEVEMENT_HEADER, CPTS_HEADER, inputRows, type InputFixture } from './fixtures';

function tables(fixture: InputFixture, bareme: CellValue[][] | null = null): InputTables {
  return {
    cpts: { sheet: SHEETS.cpts, address: `A3:G${3 + fixture.cpts.length}`, values: [CPTS_HEADER, ...fixture.cpts] },
    achievements: { sheet: SHEETS.achievements, address: `A3:H${3 + fixture.achievements.length}`, values: [ACHIEVEMENT_HEADER, ...fixture.achievements] },
    bareme: bareme ? { sheet: SHEETS.bareme, address: `A3:J${3 + bareme.length - 1}`, values: bareme } : null,
  };
}

function issuesOf(outcome: ReadOutcome): { cell: string | null; message: string }[] {
  if (outcome.ok) throw new Error('expected issues');
  return outcome.issues.map((i) => ({ cell: i.cell ? `${i.cell.sheet}!${i.cell.address}` : null, message: i.message }));
}

describe('cells: Excel dates', () => {
  it('converts ISO dates to serials and back (1900-03-01 is serial 61; 2024-03-15 is 45 366)', () => {
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('2024-03-15')).toBe(45366);
    expect(serialToIso(45366)).toBe('2024-03-15');
    expect(serialToIso(45366.75)).toBe('2024-03-15');
    expect(textToIso('15/03/2024')).toBe('2024-03-15');
    expect(textToIso('31/02/2024')).toBeNull();
  });
});

describe('readScenario: tables → scenario', () => {
  it('maps one CPTS: serial dates to ISO, percentages to fractions, crisis years onto the crisis mission', () => {
    const out = readScenario(tables(inputRows(1)));
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    const c = out.scenario.cpts[0]!;
    expect(c).toMatchObject({ id: 'cpts-1', name: 'CPTS n° 1', population: 52000, signatureDate: '2024-03-15', ruleVersion: 'auto' });
    expect(c.missions.map((m) => m.mission)).toEqual(['acces-soins', 'parcours', 'prevention', 'crises-sanitaires', 'accompagnement-professionnels']);
    expect(c.missions[0]!.rates).toEqual([1, 1, 0.8, 0.8, 0.8]);
    expect(c.missions[3]).toEqual({ mission: 'crises-sanitaires', startDate: '2024-03-15', rates: [], crisisYears: [3] });
  });

  it('finds columns by header, not position', () => {
    const f = inputRows(1);
    const order = [1, 0, 2, 3, 4, 5, 6];
    const t = tables(f);
    const swapped: InputTables = { ...t, cpts: { ...t.cpts!, values: t.cpts!.values.map((r) => order.map((j) => r[j] ?? null)) } };
    const out = readScenario(swapped);
    expect(out.ok && out.scenario.cpts[0]!.name).toBe('CPTS n° 1');
  });

  it('skips blank rows and accepts dates typed as text (15/03/2024)', () => {
    const f = inputRows(1);
    f.cpts[0]![3] = '15/03/2024';
    f.cpts.push([null, '', null, null, null, null, null]);
    const out = readScenario(tables(f));
    expect(out.ok && out.scenario.cpts.map((c) => c.signatureDate)).toEqual(['2024-03-15']);
  });

  it('names the cell of every bad value, each once (engine issues on a flagged cell are not repeated)', () => {
    const f = inputRows(2);
    f.cpts[0]![2] = '52 000 hab.'; // C4: text in a number cell
    f.cpts[1]![3] = '#REF!'; // D5: an Excel error
    f.achievements[1]![6] = -0.1; // G5: rate of year 4 below 0 %
    f.achievements[7]![1] = 'Téléconsultation'; // B11: unknown mission
    expect(issuesOf(readScenario(tables(f)))).toEqual([
      { cell: 'Paramètres CPTS!C4', message: "'Paramètres CPTS'!C4 : la population doit être un nombre, la cellule contient du texte « 52 000 hab. »" },
      { cell: 'Paramètres CPTS!D5', message: "'Paramètres CPTS'!D5 : la cellule contient l’erreur Excel #REF! : corrigez la formule" },
      { cell: 'Atteinte des missions!G5', message: "'Atteinte des missions'!G5 : taux de -10 % : un taux d’atteinte va de 0 % à 100 %" },
      { cell: 'Atteinte des missions!B11', message: "'Atteinte des missions'!B11 : mission inconnue « Téléconsultation » : choisissez-la dans la liste" },
    ]);
  });

  it('places the engine’s own refusals on their cells (unknown rule version), and names both rows of a mission declared twice', () => {
    const f = inputRows(1);
    f.cpts[0]![4] = 'avenant-9';
    f.achievements.push([...f.achievements[0]!]);
    const found = issuesOf(readScenario(tables(f)));
    expect(found.map((i) => i.cell)).toEqual(['Atteinte des missions!B4', 'Atteinte des missions!B9', 'Paramètres CPTS!E4']);
    const twice = 'mission « Accès aux soins » déclarée deux fois pour la CPTS « cpts-1 » (cellules B4 et B9) : une seule ligne par mission';
    expect(found[0]!.message).toBe(`'Atteinte des missions'!B4 : ${twice}`);
    expect(found[1]!.message).toBe(`'Atteinte des missions'!B9 : ${twice}`);
    expect(found[2]!.message).toMatch(/^'Paramètres CPTS'!E4 : version des règles inconnue « avenant-9 »/);
  });

  it('keeps the optional-missions column and the achievement rows in agreement', () => {
    const listedWithoutRow = inputRows(1);
    listedWithoutRow.cpts[0]![6] = `${MISSION_LABELS['accompagnement-professionnels']}; ${MISSION_LABELS['qualite-pertinence']}`;
    expect(issuesOf(readScenario(tables(listedWithoutRow)))).toEqual([
      {
        cell: 'Paramètres CPTS!G4',
        message:
          "'Paramètres CPTS'!G4 : mission optionnelle « Qualité et pertinence » listée, mais sans ligne dans « Atteinte des missions » : ajoutez sa ligne (date de démarrage, taux)",
      },
    ]);
    const rowNotListed = inputRows(1);
    rowNotListed.cpts[0]![6] = null;
    expect(issuesOf(readScenario(tables(rowNotListed))).map((i) => i.cell)).toEqual(['Atteinte des missions!B8']);
    const socleListed = inputRows(1);
    socleListed.cpts[0]![6] = `${MISSION_LABELS['accompagnement-professionnels']};${MISSION_LABELS.prevention}`;
    expect(issuesOf(readScenario(tables(socleListed)))[0]!.message).toMatch(/« Prévention » est une mission socle/);
  });

  it('refuses crisis years without a crisis row, and unreadable crisis years', () => {
    const noRow = inputRows(1);
    noRow.achievements.splice(3, 1);
    expect(issuesOf(readScenario(tables(noRow))).map((i) => i.cell)).toEqual(['Paramètres CPTS!F4']);
    const unreadable = inputRows(1);
    unreadable.cpts[0]![5] = 'troisième';
    expect(issuesOf(readScenario(tables(unreadable)))[0]!.cell).toBe('Paramètres CPTS!F4');
    const two = inputRows(1);
    two.cpts[0]![5] = '2;4';
    const out = readScenario(tables(two));
    expect(out.ok && out.scenario.cpts[0]!.missions[3]!.crisisYears).toEqual([2, 4]);
  });

  it('says which table is missing', () => {
    expect(issuesOf(readScenario({ cpts: null, achievements: null, bareme: null })).map((i) => i.message)).toEqual([
      'Tableau « TableCPTS » introuvable : utilisez « Insérer le modèle » pour créer les tableaux de saisie.',
      'Tableau « TableAtteinte » introuvable : utilisez « Insérer le modèle » pour créer les tableaux de saisie.',
    ]);
  });

  it('lets the pane force a rule version over the column', () => {
    const f = inputRows(1);
    f.cpts[0]![4] = 'aci-2019';
    const { outcome } = readWorkbook(tables(f), { ruleVersion: 'avenant-2' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.scenario.ruleVersion).toBe('avenant-2');
    expect(outcome.scenario.cpts[0]!.ruleVersion).toBeUndefined();
  });

  it('maps engine warnings to cells (a population on an ambiguous size boundary)', () => {
    const f = inputRows(1);
    f.cpts[0]![2] = 40000;
    const { outcome, cellOf } = readWorkbook(tables(f));
    if (!outcome.ok) throw new Error('expected ok');
    const warning = project(outcome.scenario).warnings.find((w) => w.path === 'cpts[0].population');
    expect(warning).toBeDefined();
    expect(cellOf(warning!.path)).toEqual({ sheet: SHEETS.cpts, address: 'C4' });
  });
});

describe('readScenario: the barème sheet', () => {
  const plan = baremeSheet(SHEETS.bareme).tables[0]!;
  const header = plan.columns.map((c) => c.header);
  // The input column sits right after the built-in amounts (one per rule version), before statuses and sources.
  const amountCol = header.indexOf(BAREME_CONTRACT_COLUMN.header);

  function bareme(fill: (row: CellValue[], index: number) => void): CellValue[][] {
    const rows = plan.rows.map((r) => [...r]);
    rows.forEach(fill);
    // Template text cells carry the apostrophe guard; a workbook returns them without it.
    return [header, ...rows.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)))];
  }

  it('has one row per size and amount: 4 sizes × (1 fonctionnement + 5 missions × 2 parts + 3 crisis amounts) = 56', () => {
    expect(plan.rows).toHaveLength(56);
    expect(BAREME_ROWS).toHaveLength(56);
  });

  it('leaves the built-in barème when the input column is empty', () => {
    const out = readScenario(
      tables(
        inputRows(1),
        bareme(() => undefined),
      ),
    );
    expect(out.ok && out.scenario.bareme).toBeUndefined();
  });

  it('turns a fully entered size into the scenario’s barème; outputs then say « barème du classeur »', () => {
    // Size 2, every amount 1 000 € except fonctionnement 100 000 €.
    const rows = bareme((r, i) => {
      if (BAREME_ROWS[i]!.size === 2) r[amountCol] = BAREME_ROWS[i]!.component === 'fonctionnement' ? 100000 : 1000;
    });
    const out = readScenario(tables(inputRows(1), rows));
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    expect(out.scenario.bareme?.sizes['2']?.fonctionnement).toBe('100000.00');
    expect(out.scenario.bareme?.sizes['2']?.missions.parcours.fixed).toBe('1000.00');
    const first = project(out.scenario).cpts[0]!.years[0]!.lines[0]!;
    expect(first.amount.toFixed(2)).toBe('100000.00');
    expect(first.source.reference).toBe(CONTRACT_BAREME_LABEL);
  });

  it('a size with only its fonctionnement entered: one French message per empty cell of that size, none on the header', () => {
    const rows = bareme((r, i) => {
      if (BAREME_ROWS[i]!.size === 2 && BAREME_ROWS[i]!.component === 'fonctionnement') r[amountCol] = 100000;
    });
    const found = issuesOf(readScenario(tables(inputRows(1), rows)));
    // Size 2: 14 rows (1 fonctionnement + 5 missions × 2 parts + 3 crisis amounts), body rows 14 to 27 (F18:F31 with two
    // rule versions; the input column is read from the plan so that a new version moves it without changing this test), 13 left empty.
    const input = String.fromCharCode('A'.charCodeAt(0) + amountCol);
    const empty = BAREME_ROWS.flatMap((r, i) => (r.size === 2 && r.component !== 'fonctionnement' ? [`Barème ACI!${input}${4 + i}`] : []));
    expect(empty).toHaveLength(13);
    expect(found.map((f) => f.cell)).toEqual(empty);
    expect(found[0]!.message).toBe(
      `'Barème ACI'!${input}19 : barème de la taille 2 incomplet : saisissez aussi ce montant (Accès aux soins, Part fixe), ou videz toute la taille`,
    );
    // Before: one message per mission on the header cell, in the format's English words (« attendu fixed, variable »).
    expect(found.some((f) => /fixed|montants manquants|'!A3/.test(f.message))).toBe(false);
  });

  it('names the empty cell of a partly entered size, and an amount with too many decimals', () => {
    const rows = bareme((r, i) => {
      if (BAREME_ROWS[i]!.size === 1 && i > 0) r[amountCol] = 1000;
      if (i === 5) r[amountCol] = 12.345;
    });
    const found = issuesOf(readScenario(tables(inputRows(1), rows)));
    // 3 key columns + one amount per rule version, then the input column (F with 2 versions; read from the plan so
    // that a new version moves it without changing this test). Body row 0 (size 1, fonctionnement) is row 4, body row 5 is row 9.
    const input = String.fromCharCode('A'.charCodeAt(0) + amountCol);
    expect(found.map((f) => f.cell)).toEqual([`Barème ACI!${input}4`, `Barème ACI!${input}9`]);
    expect(found[0]!.message).toMatch(/barème de la taille 1 incomplet/);
    expect(found[1]!.message).toMatch(/montant invalide 12\.345/);
  });
});
