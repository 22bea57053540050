import { Badge, Button, Checkbox, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { StoredScenario } from '../../workbook/port';
import { isLocked } from '../../workbook/store/operations';
import { formatDate, formatDateTime } from '../format';
import { useI18n } from '../i18n-context';
import type { Messages } from '../i18n';
import { actionsFor, type ScenarioAction } from '../scenario-actions';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  body: { flex: 1, minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  badges: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, marginLeft: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** A padlock drawn inline: no icon font or emoji font is needed (headless browsers and some hosts lack one). */
function LockIcon(): ReactNode {
  return (
    <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" style={{ marginRight: '3px' }}>
      <rect x="1.5" y="4.5" width="7" height="5" rx="1" fill="currentColor" />
      <path d="M3 4.5V3a2 2 0 0 1 4 0v1.5" fill="none" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  );
}

const ACTION_LABEL: Readonly<Record<ScenarioAction, (t: Messages) => string>> = {
  apply: (t) => t.applyAction,
  export: (t) => t.exportAction,
  duplicate: (t) => t.duplicateAction,
  rename: (t) => t.renameAction,
  delete: (t) => t.deleteAction,
  validate: (t) => t.validateAction,
  realise: (t) => t.realiseAction,
};

/**
 * The stored scenarios: status, revision, author, when saved; a box to pick it for a comparison and a menu of
 * what can be done with it. A locked scenario (validé, réalisé) is marked so and offers no change.
 */
export function ScenarioList(props: {
  readonly scenarios: readonly StoredScenario[];
  /** Names picked for the comparison, in the order picked. */
  readonly picked: readonly string[];
  readonly onPick: (name: string, picked: boolean) => void;
  readonly onAction: (action: ScenarioAction, scenario: StoredScenario) => void;
  readonly disabled: boolean;
}): ReactNode {
  const { t, lang } = useI18n();
  const styles = useStyles();
  if (props.scenarios.length === 0) return <p className={styles.meta}>{t.noScenarios}</p>;
  return (
    <ul className={styles.list} data-testid="scenario-list">
      {props.scenarios.map((s) => {
        const name = s.scenario.name;
        const locked = isLocked(s);
        const status = s.status === 'valide' && s.meetingDate ? t.validatedOn(formatDate(s.meetingDate, lang)) : t.scenarioStatuses[s.status];
        const meta = [t.revision(s.revision), s.author ? t.byAuthor(s.author) : null, t.savedAt(formatDateTime(s.savedAt, lang))]
          .filter((x) => x !== null)
          .join(' · ');
        return (
          <li key={name} className={styles.item} data-testid="scenario-item" data-name={name} data-locked={locked}>
            <Checkbox
              checked={props.picked.includes(name)}
              onChange={(_, d) => props.onPick(name, d.checked === true)}
              aria-label={t.compareSelect(name)}
              disabled={props.disabled}
            />
            <div className={styles.body}>
              <span className={styles.name}>{name}</span>
              <span className={styles.badges}>
                <Badge appearance="tint" color={s.status === 'brouillon' ? 'informative' : 'success'} data-testid="scenario-status">
                  {status}
                </Badge>
                {locked ? (
                  <Badge appearance="outline" color="warning" title={t.lockedHint} data-testid="scenario-locked">
                    <LockIcon />
                    {t.locked}
                  </Badge>
                ) : null}
              </span>
              <p className={styles.meta}>{meta}</p>
            </div>
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <Button size="small" appearance="subtle" aria-label={t.actionsFor(name)} disabled={props.disabled}>
                  …
                </Button>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {actionsFor(s).map((action) => (
                    <MenuItem key={action} onClick={() => props.onAction(action, s)}>
                      {ACTION_LABEL[action](t)}
                    </MenuItem>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
          </li>
        );
      })}
    </ul>
  );
}
