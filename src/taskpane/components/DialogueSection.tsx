import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, type ReactNode } from 'react';
import { latePayments, missingTotal, reconciliationOf, type CptsProjection } from '../../engine';
import { formatMoney, formatMoneyDifference } from '../format';
import { useI18n } from '../i18n-context';
import { useDialogueMessages } from '../i18n-dialogue';
import { useTableStyles } from './YearTable';

const useStyles = makeStyles({
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** One CPTS's payments made against its calendar, and the button that writes its « Dialogue de gestion » sheet. */
export function DialogueSection(props: {
  readonly cpts: CptsProjection;
  readonly today: string;
  readonly onDialogue?: (cpts: CptsProjection) => void;
  readonly busy?: boolean;
}): ReactNode {
  const { t, lang } = useI18n();
  const d = useDialogueMessages();
  const styles = useStyles();
  const table = useTableStyles();
  const r = useMemo(() => reconciliationOf(props.cpts), [props.cpts]);
  const late = latePayments(r, props.today);
  const money = (v: Parameters<typeof formatMoney>[0]): string => formatMoney(v, lang);
  return (
    <section data-testid="dialogue-section">
      {!r.recorded ? null : (
        <table className={table.table} data-testid="reconciliation">
          <caption className={table.caption}>{d.reconciliationTitle}</caption>
          <thead>
            <tr>
              <th scope="col" className={table.th}>
                {t.contractYear}
              </th>
              <th scope="col" className={`${table.th} ${table.num}`}>
                {d.planned}
              </th>
              <th scope="col" className={`${table.th} ${table.num}`}>
                {d.paid}
              </th>
              <th scope="col" className={`${table.th} ${table.num}`}>
                {d.difference}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.byContractYear.map((y) => (
              <tr key={`${y.contract}/${y.contractYear}`}>
                <td className={table.td}>{y.contract > 1 ? `${t.contractYearN(y.contractYear)} (${y.contract})` : t.contractYearN(y.contractYear)}</td>
                <td className={`${table.td} ${table.num}`}>{money(y.planned)}</td>
                <td className={`${table.td} ${table.num}`}>{money(y.paid)}</td>
                <td className={`${table.td} ${table.num}`}>{formatMoneyDifference(y.difference, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className={styles.meta} data-testid="reconciliation-remaining">
        {d.remaining(money(r.remaining))} · {r.recorded ? d.late(late.length, money(missingTotal(late))) : d.nothingRecorded}
        {r.unmatched.length > 0 ? ` · ${d.unmatched(r.unmatched.length)}` : ''}
      </p>
      {props.onDialogue ? (
        <Button onClick={() => props.onDialogue?.(props.cpts)} disabled={props.busy} title={d.dialogueHint} data-testid="dialogue">
          {d.dialogueButton}
        </Button>
      ) : null}
    </section>
  );
}
