import { STANDARD_MISSION_IDS } from '../vocabulary/missions';
import { Dec } from '../money/money';
import { PARAMETERS, parameterSources } from './parameters';
import { SIZES, type Size } from '../vocabulary/sizes';
import { RULE_VERSIONS } from './index';
import { CONTRACT_DURATION } from './shared-2019';
import type { RuleStatus, RuleVersion, Sourced } from './types';

/**
 * docs/regles.md, generated from the rule data (`npm run rules:doc`): every version, every amount with its status,
 * reference and evidence, the open rules' parameters, and the published-maxima checks. A unit test fails when the
 * file in the repository is not what this gives, so the reference never drifts from the tables.
 */
const STATUS: Readonly<Record<RuleStatus, string>> = { confirmed: 'confirmé', derived: 'dérivé', 'to-verify': 'à vérifier', provisional: 'provisoire' };

const MISSION_LABELS: Readonly<Record<string, string>> = {
  fonctionnement: 'Fonctionnement',
  'acces-soins': 'Accès aux soins',
  parcours: 'Parcours pluriprofessionnels',
  prevention: 'Prévention',
  'qualite-pertinence': 'Qualité et pertinence',
  'accompagnement-professionnels': 'Accompagnement des professionnels',
  'crises-sanitaires': 'Crises sanitaires',
};

/** 87500.00 → « 87 500 € » (cents only when there are some). */
function euros(value: string): string {
  const d = new Dec(value);
  const [int, frac] = d.toFixed(2).split('.') as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${grouped}${frac === '00' ? '' : `,${frac}`} €`;
}

/** Table cells hold no pipe and no line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

interface AmountRow {
  readonly item: string;
  readonly amount: Sourced<string>;
}

function amountRows(v: RuleVersion, size: Size): AmountRow[] {
  const rows: AmountRow[] = [{ item: MISSION_LABELS.fonctionnement!, amount: v.fonctionnement[size] }];
  for (const id of STANDARD_MISSION_IDS) {
    rows.push({ item: `${MISSION_LABELS[id]}, part fixe`, amount: v.missions[id].fixed[size] });
    rows.push({ item: `${MISSION_LABELS[id]}, part variable`, amount: v.missions[id].variable[size] });
  }
  if (v.crisis) {
    rows.push({ item: `${MISSION_LABELS['crises-sanitaires']}, année du plan`, amount: v.crisis.plan[size] });
    rows.push({ item: `${MISSION_LABELS['crises-sanitaires']}, mise à jour`, amount: v.crisis.update[size] });
    rows.push({ item: `${MISSION_LABELS['crises-sanitaires']}, activation`, amount: v.crisis.activation[size] });
  }
  return rows;
}

/** The yearly maximum the table gives: fonctionnement, every mission at 100 %, the crisis plan year, no activation. */
export function tableMaximum(v: RuleVersion, size: Size): Dec {
  let total = new Dec(v.fonctionnement[size].value);
  for (const id of STANDARD_MISSION_IDS) total = total.plus(v.missions[id].fixed[size].value).plus(v.missions[id].variable[size].value);
  if (v.crisis) total = total.plus(v.crisis.plan[size].value);
  return total;
}

function versionSection(v: RuleVersion): string[] {
  const out: string[] = [];
  out.push(`## ${v.label} (\`${v.id}\`)`, '');
  out.push(`- Texte : ${v.legalText}.`);
  out.push(`- En vigueur à partir du ${v.inForceFrom.value} (${STATUS[v.inForceFrom.status]}) — ${v.inForceFrom.ref}. ${v.inForceFrom.evidence}`);
  out.push(`- Tables vérifiées au ${v.currentTo}.`, '');
  out.push('### Montants annuels par taille', '');
  out.push(row(['', ...SIZES.map((s) => `taille ${s}`)]), row(['---', ...SIZES.map(() => '---:')]));
  for (const [i, r] of amountRows(v, 1).entries()) {
    out.push(row([r.item, ...SIZES.map((s) => `${euros(amountRows(v, s)[i]!.amount.value)} (${STATUS[amountRows(v, s)[i]!.amount.status]})`)]));
  }
  out.push('');
  out.push('### Maxima publiés et somme des tables', '');
  out.push('Année du plan de crise, toutes les missions à 100 %, sans activation.', '');
  out.push(row(['taille', 'somme des tables', 'maximum publié', 'écart']), row(['---', '---:', '---:', '---:']));
  for (const s of SIZES) {
    const sum = tableMaximum(v, s);
    const published = v.publishedMaxima[s];
    const gap = published ? sum.minus(published.value) : null;
    out.push(
      row([
        String(s),
        euros(sum.toFixed(2)),
        published ? `${euros(published.value)} (${STATUS[published.status]})` : '— (non publié)',
        gap ? euros(gap.toFixed(2)) : '—',
      ]),
    );
  }
  out.push('');
  for (const s of SIZES) {
    const p = v.publishedMaxima[s];
    if (p) out.push(`- Taille ${s}, ${euros(p.value)} — ${p.ref}. ${p.evidence}`);
  }
  out.push('');
  out.push('### Détail : référence et preuve de chaque montant', '');
  out.push(row(['montant', 'taille', 'euros', 'statut', 'référence', 'preuve']), row(['---', '---', '---:', '---', '---', '---']));
  for (const s of SIZES) {
    for (const r of amountRows(v, s)) out.push(row([r.item, String(s), euros(r.amount.value), STATUS[r.amount.status], r.amount.ref, r.amount.evidence]));
  }
  out.push('');
  if (v.fonctionnementIncrease) {
    const inc = v.fonctionnementIncrease;
    out.push(
      `Hausse du fonctionnement : lecture retenue « ${inc.reading.value} » (${STATUS[inc.reading.status]}) ; sous l’autre lecture, les années 2 à 5 reçoivent ${SIZES.map((s) => euros(inc.before[s].value)).join(' / ')} (tailles 1 à 4).`,
      '',
    );
  }
  out.push('### Tailles', '');
  for (const b of v.sizes.bands) out.push(`- Taille ${b.size} : « ${b.wording} » (de ${b.min} à ${b.max ?? '…'} habitants).`);
  const amb = v.sizes.ambiguousPopulations;
  out.push(`- Limites ouvertes : ${amb.value.join(', ')} (${STATUS[amb.status]}) — ${amb.ref}. ${amb.evidence}`, '');
  return out;
}

function parameterSection(): string[] {
  const sources = parameterSources();
  const out: string[] = ['## Paramètres des règles ouvertes', ''];
  out.push(
    'Chaque point que les textes laissent ouvert est un paramètre, réglable par scénario (`parameters` du fichier de scénario, lignes de la feuille Barème) ; sa valeur intégrée vient des tables ci-dessus.',
    '',
  );
  out.push(
    row(['paramètre', 'libellé', 'valeurs', 'valeur intégrée', 'statut', 'référence', 'preuve']),
    row(['---', '---', '---', '---', '---', '---', '---']),
  );
  for (const p of PARAMETERS) {
    const src = sources[p.id];
    const values =
      p.kind.type === 'choice'
        ? p.kind.choices.map((c, i) => `\`${c}\` (${p.choiceLabels?.[i] ?? c})`).join(', ')
        : p.kind.type === 'boolean'
          ? '`true`, `false`'
          : p.kind.type === 'date'
            ? 'date AAAA-MM-JJ'
            : p.kind.minExclusive
              ? 'fraction dans ]0, 1]'
              : 'fraction dans [0, 1]';
    out.push(row([`\`${p.id}\``, p.label, values, `\`${String(src.value)}\``, STATUS[src.status], src.ref, src.evidence]));
  }
  out.push('');
  return out;
}

export function rulesReference(): string {
  const out: string[] = [
    '# Règles ACI CPTS : la référence',
    '',
    '<!-- Généré par `npm run rules:doc` depuis src/engine/rules/ : ne pas modifier à la main (un test vérifie que ce fichier est à jour). -->',
    '',
    'Statuts : **confirmé** (une source le dit), **dérivé** (calculé à partir de montants confirmés, calcul donné), **à vérifier** (lu dans des sources secondaires : données de contrat, presse), **provisoire** (hypothèse de travail jusqu’à lecture du tableau officiel). Les montants « à vérifier » et « provisoires » sont signalés comme provisoires dans les résultats.',
    '',
    `Durée du contrat : ${CONTRACT_DURATION.value} ans (${STATUS[CONTRACT_DURATION.status]}) — ${CONTRACT_DURATION.ref}.`,
    '',
    '## Les textes',
    '',
    ...RULE_VERSIONS.map((v) => `- \`${v.id}\` : ${v.legalText}.`),
    '',
  ];
  for (const v of RULE_VERSIONS) out.push(...versionSection(v));
  out.push(...parameterSection());
  return out.join('\n');
}
