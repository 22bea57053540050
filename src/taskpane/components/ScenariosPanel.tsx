import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import type { Comparison, Scenario } from '../../engine';
import {
  formatCellRef,
  type CellRef,
  type Refusal,
  type ScenarioPort,
  type ScenarioStoreOutcome,
  type StoredScenario,
  type WorkbookIssue,
} from '../../workbook/port';
import { STORE_SHEET } from '../../workbook/store/scenario-store';
import { downloadText, readFileText } from '../browser-files';
import { formatDate } from '../format';
import type { Messages } from '../i18n';
import { useI18n } from '../i18n-context';
import { useNotice } from '../use-notice';
import { localToday } from '../results';
import { freeName, type ScenarioAction } from '../scenario-actions';
import { ALL_SCENARIOS_FILE, parseScenarioFile, scenarioFileName, scenarioFileText, scenariosFileText } from '../scenario-files';
import { yieldToBrowser } from '../yield';
import { downloadsBlocked } from '../host';
import { ComparisonView } from './ComparisonView';
import { ExportText } from './ExportText';
import { ErrorList } from './ErrorList';
import { ScenarioList } from './ScenarioList';
import { ConfirmDialog, FieldsDialog, type FieldRequest } from './ScenarioDialogs';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { fontSize: tokens.fontSizeBase400, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase300, margin: 0 },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Notice = { readonly intent: 'success' | 'error'; readonly text: string };

/** What the open dialog is asking, and about which scenario. */
type Ask =
  | { readonly kind: 'confirm'; readonly action: 'apply' | 'delete' | 'realise' | 'overwrite'; readonly name: string }
  | { readonly kind: 'confirm'; readonly action: 'apply-formulas'; readonly name: string; readonly cells: readonly CellRef[] }
  | { readonly kind: 'fields'; readonly action: 'rename' | 'duplicate' | 'validate'; readonly name: string; readonly fields: readonly FieldRequest[] }
  | { readonly kind: 'fields'; readonly action: 'import-names'; readonly pending: readonly Scenario[]; readonly fields: readonly FieldRequest[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS_CONFIRM: Readonly<Record<Extract<Ask, { kind: 'fields' }>['action'], (t: Messages) => string>> = {
  rename: (t) => t.renameConfirm,
  duplicate: (t) => t.duplicateConfirm,
  validate: (t) => t.validateConfirm,
  'import-names': (t) => t.importConfirm,
};

/**
 * « Scénarios »: save the inputs under a name, apply, rename, duplicate, delete, validate or mark réalisé,
 * export and import `.json` files, compare. Every action is one port call; the pane asks before one that
 * overwrites or locks, and shows the workbook's refusals (each naming its cell when it has one) as they come.
 */
export function ScenariosPanel(props: {
  readonly port: ScenarioPort;
  readonly author: string;
  readonly onAuthor: (author: string) => void;
  readonly onSelect: (cell: CellRef) => void;
  /** The input tables were overwritten (a scenario applied): results shown are no longer theirs. */
  readonly onInputsChanged: () => void;
  /** The rest of the pane is running an action: wait for it. */
  readonly disabled: boolean;
  readonly onBusyChange: (busy: boolean) => void;
}): ReactNode {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { port, onBusyChange } = props;
  const [list, setList] = useState<readonly StoredScenario[]>([]);
  const [storeIssues, setStoreIssues] = useState<readonly WorkbookIssue[]>([]);
  const [refused, setRefused] = useState<readonly WorkbookIssue[] | null>(null);
  // Sheets a write left half-done: the refusal then never says « rien n'a été modifié ».
  const [incomplete, setIncomplete] = useState<readonly string[] | null>(null);
  const refuse = (outcome: Refusal): void => {
    setRefused(outcome.issues);
    setIncomplete(outcome.incomplete ?? null);
  };
  const [importErrors, setImportErrors] = useState<readonly string[] | null>(null);
  // A notice is worded when it is shown: after a change of language it is dropped rather than left in the old one.
  const [notice, setNotice] = useNotice<Notice>(lang);
  const [busy, setBusy] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<readonly string[]>([]);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  /** The last export's text, offered to copy where downloads from a pane do nothing. */
  const [exported, setExported] = useState<{ readonly file: string; readonly text: string } | null>(null);
  const [ask, setAsk] = useState<Ask | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const author = props.author.trim() === '' ? null : props.author.trim();

  /** One action at a time: the rest of the pane waits, the browser paints the busy state before the port call. */
  const run = useCallback(
    async (kind: string, action: () => Promise<void>): Promise<void> => {
      setBusy(kind);
      onBusyChange(true);
      setNotice(null);
      setRefused(null);
      setIncomplete(null);
      setIncomplete(null);
      setImportErrors(null);
      setExported(null);
      await yieldToBrowser();
      try {
        await action();
      } catch (e) {
        setNotice({ intent: 'error', text: t.unexpectedError(e instanceof Error ? e.message : String(e)) });
      } finally {
        setBusy(null);
        onBusyChange(false);
      }
    },
    [t, onBusyChange, setNotice],
  );

  /** The store as the action left it; a refusal keeps the list as it was and shows why. */
  const took = (outcome: ScenarioStoreOutcome, success: (scenarios: readonly StoredScenario[]) => string | null): boolean => {
    if (!outcome.ok) {
      refuse(outcome);
      return false;
    }
    setList(outcome.scenarios);
    setStoreIssues(outcome.issues);
    const names = new Set(outcome.scenarios.map((s) => s.scenario.name));
    setPicked((p) => p.filter((n) => names.has(n)));
    const text = success(outcome.scenarios);
    if (text) setNotice({ intent: 'success', text });
    return true;
  };

  const refresh = (): Promise<void> => run('list', async () => void took(await port.listScenarios(), () => null));

  // Read once when the pane opens (and for another workbook); « Actualiser » reads again after edits made in the
  // sheet. The latest `refresh` is called through a ref, so the read depends on the port alone.
  const latestRefresh = useRef(refresh);
  useEffect(() => {
    latestRefresh.current = refresh;
  });
  useEffect(() => {
    void latestRefresh.current();
  }, [port]);

  const save = async (): Promise<void> => {
    const n = name.trim();
    await run('save', async () => {
      const outcome = await port.saveScenario(n, author);
      took(outcome, (scenarios) => t.saved(n, scenarios.find((s) => s.scenario.name === n)?.revision ?? 1));
    });
  };

  const submitSave = (e: FormEvent): void => {
    e.preventDefault();
    const n = name.trim();
    if (n === '') {
      setNotice({ intent: 'error', text: t.nameRequired });
      return;
    }
    const existing = list.find((s) => s.scenario.name === n);
    // A draft of that name gets a new revision: ask first. A locked one is refused by the workbook, with its reason.
    if (existing && existing.status === 'brouillon') setAsk({ kind: 'confirm', action: 'overwrite', name: n });
    else void save();
  };

  const exportScenarios = (only: string | null): Promise<void> =>
    run('export', async () => {
      // Exported from the sheet as it is now (a person may have edited it since the list was read).
      const outcome = await port.listScenarios();
      if (!took(outcome, () => null) || !outcome.ok) return;
      if (only === null) {
        const text = scenariosFileText(outcome.scenarios.map((s) => s.scenario));
        downloadText(ALL_SCENARIOS_FILE, text);
        setExported({ file: ALL_SCENARIOS_FILE, text });
        setNotice({ intent: 'success', text: t.exported(ALL_SCENARIOS_FILE) });
        return;
      }
      const stored = outcome.scenarios.find((s) => s.scenario.name === only);
      if (!stored) {
        setRefused([{ path: '', message: `Aucun scénario lisible ne s’appelle « ${only} ». Rien n’a été exporté.`, cell: null }]);
        return;
      }
      const file = scenarioFileName(only);
      const text = scenarioFileText(stored.scenario);
      downloadText(file, text);
      setExported({ file, text });
      setNotice({ intent: 'success', text: t.exported(file) });
    });

  const importChosen = (scenarios: readonly Scenario[]): Promise<void> =>
    run('import', async () => {
      const outcome = await port.importScenarios(scenarios, author);
      took(outcome, () => t.imported(scenarios.map((s) => `« ${s.name} »`).join(', ')));
    });

  const onFile = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    e.target.value = '';
    if (!file) return;
    setNotice(null);
    setRefused(null);
    setIncomplete(null);
    const parsed = parseScenarioFile(await readFileText(file), file.size);
    if (!parsed.ok) {
      setImportErrors(parsed.errors);
      return;
    }
    setImportErrors(null);
    const taken = list.map((s) => s.scenario.name);
    const clashes = parsed.scenarios.filter((s) => taken.includes(s.name.trim()));
    if (clashes.length === 0) {
      await importChosen(parsed.scenarios);
      return;
    }
    const used = [...taken, ...parsed.scenarios.map((s) => s.name.trim())];
    const fields = clashes.map((s): FieldRequest => {
      const proposal = freeName(s.name.trim(), used);
      used.push(proposal);
      return { key: String(parsed.scenarios.indexOf(s)), label: t.importNamesFor(s.name), initial: proposal };
    });
    setAsk({ kind: 'fields', action: 'import-names', pending: parsed.scenarios, fields });
  };

  const onAction = (action: ScenarioAction, stored: StoredScenario): void => {
    const n = stored.scenario.name;
    const names = list.map((s) => s.scenario.name);
    switch (action) {
      case 'apply':
      case 'delete':
      case 'realise':
        setAsk({ kind: 'confirm', action, name: n });
        return;
      case 'export':
        void exportScenarios(n);
        return;
      case 'rename':
        setAsk({ kind: 'fields', action, name: n, fields: [{ key: 'name', label: t.newName, initial: n }] });
        return;
      case 'duplicate':
        setAsk({ kind: 'fields', action, name: n, fields: [{ key: 'name', label: t.newName, initial: freeName(t.copyOf(n), names) }] });
        return;
      case 'validate':
        setAsk({ kind: 'fields', action, name: n, fields: [{ key: 'date', label: t.meetingDate, initial: localToday(), type: 'date' }] });
        return;
    }
  };

  const confirmed = (yes: boolean): void => {
    const current = ask;
    setAsk(null);
    if (!yes || current?.kind !== 'confirm') return;
    const n = current.name;
    if (current.action === 'overwrite') void save();
    if (current.action === 'delete') void run('delete', async () => void took(await port.deleteScenario(n), () => t.deleted(n)));
    if (current.action === 'realise') void run('status', async () => void took(await port.setScenarioStatus(n, 'realise', null, author), () => t.realised(n)));
    if (current.action === 'apply' || current.action === 'apply-formulas') {
      void run('apply', async () => {
        const outcome = await port.applyScenario(n, { overwriteFormulas: current.action === 'apply-formulas' });
        if (!outcome.ok && 'formulas' in outcome) {
          // Formula cells would be replaced: ask again, naming them.
          setAsk({ kind: 'confirm', action: 'apply-formulas', name: n, cells: outcome.formulas });
          return;
        }
        if (!outcome.ok) {
          refuse(outcome);
          return;
        }
        props.onInputsChanged();
        setNotice({ intent: 'success', text: t.applied(n) });
      });
    }
  };

  const submitted = (values: Readonly<Record<string, string>> | null): void => {
    const current = ask;
    setAsk(null);
    if (!values || current?.kind !== 'fields') return;
    if (current.action === 'import-names') {
      const renamed = current.pending.map((s, i) => (values[String(i)] === undefined ? s : { ...s, name: values[String(i)]!.trim() }));
      void importChosen(renamed);
      return;
    }
    const from = current.name;
    if (current.action === 'validate') {
      const date = (values.date ?? '').trim();
      if (!ISO_DATE.test(date)) {
        setNotice({ intent: 'error', text: t.meetingDateRequired });
        return;
      }
      void run('status', async () => void took(await port.setScenarioStatus(from, 'valide', date, author), () => t.validated(from, formatDate(date, lang))));
      return;
    }
    const to = (values.name ?? '').trim();
    if (current.action === 'rename') void run('rename', async () => void took(await port.renameScenario(from, to, author), () => t.renamed(from, to)));
    if (current.action === 'duplicate')
      void run('duplicate', async () => void took(await port.duplicateScenario(from, to, author), () => t.duplicated(from, to)));
  };

  const compare = (): Promise<void> =>
    run('compare', async () => {
      const outcome = await port.compareScenarios(picked);
      if (!outcome.ok) {
        refuse(outcome);
        return;
      }
      setComparison(outcome.comparison);
      setNotice({ intent: 'success', text: t.compared(outcome.sheet) });
    });

  const disabled = busy !== null || props.disabled;
  const dialogTitle = (a: Extract<Ask, { kind: 'fields' }>): string =>
    a.action === 'import-names'
      ? t.importNamesTitle
      : a.action === 'rename'
        ? t.renameTitle(a.name)
        : a.action === 'duplicate'
          ? t.duplicateTitle(a.name)
          : t.validateTitle(a.name);
  const confirmText = (a: Extract<Ask, { kind: 'confirm' }>): { title: string; body: string; confirm: string } => {
    switch (a.action) {
      case 'apply':
        return { title: t.applyTitle, body: t.applyBody(a.name), confirm: t.applyConfirm };
      case 'delete':
        return { title: t.deleteTitle, body: t.deleteBody(a.name), confirm: t.deleteConfirm };
      case 'realise':
        return { title: t.realiseTitle, body: t.realiseBody(a.name), confirm: t.realiseConfirm };
      case 'overwrite':
        return { title: t.overwriteTitle, body: t.overwriteBody(a.name), confirm: t.overwriteConfirm };
      case 'apply-formulas':
        return {
          title: t.formulasTitle,
          body: t.formulasBody(a.name, a.cells.slice(0, 8).map(formatCellRef).join(', '), Math.max(0, a.cells.length - 8)),
          confirm: t.formulasConfirm,
        };
    }
  };
  const confirmAsk = ask?.kind === 'confirm' ? ask : null;
  const fieldsAsk = ask?.kind === 'fields' ? ask : null;
  const confirmTexts = confirmAsk ? confirmText(confirmAsk) : null;

  return (
    <section aria-labelledby="scenarios-title" className={styles.root} data-testid="scenarios" aria-busy={busy !== null}>
      <h2 id="scenarios-title" className={styles.h2}>
        {t.scenariosTitle}
      </h2>
      <p className={styles.meta}>{t.scenariosIntro(STORE_SHEET)}</p>
      <form className={styles.form} onSubmit={submitSave}>
        <Field label={t.scenarioName}>
          <Input value={name} onChange={(_, d) => setName(d.value)} data-testid="scenario-name" maxLength={200} />
        </Field>
        <Field label={t.author} hint={t.authorHint}>
          <Input value={props.author} onChange={(_, d) => props.onAuthor(d.value)} data-testid="scenario-author" maxLength={100} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={disabled} data-testid="save-scenario">
            {busy === 'save' ? t.saving : t.saveScenario}
          </Button>
        </div>
      </form>
      {notice ? (
        <MessageBar intent={notice.intent} data-testid="scenario-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {exported ? <ExportText key={exported.text} file={exported.file} text={exported.text} open={downloadsBlocked()} /> : null}
      {refused && refused.length > 0 ? (
        <ErrorList
          issues={refused}
          onSelect={props.onSelect}
          title={incomplete ? t.incompleteTitle(incomplete.map((x) => `« ${x} »`).join(', ')) : t.refusedTitle}
          intro={t.refusedIntro}
          testId="scenario-refused"
        />
      ) : null}
      {importErrors ? (
        <MessageBar intent="error" layout="multiline" role="alert" data-testid="import-errors">
          <MessageBarBody>
            <MessageBarTitle>{t.importErrorsTitle(importErrors.length)}</MessageBarTitle>
            <ul className={styles.list}>
              {importErrors.map((e, i) => (
                <li key={i} data-testid="import-error">
                  {e}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {storeIssues.length > 0 ? (
        <ErrorList
          issues={storeIssues}
          onSelect={props.onSelect}
          title={t.storeIssuesTitle(storeIssues.length)}
          intro={t.storeIssuesIntro}
          intent="warning"
          testId="store-issues"
        />
      ) : null}
      <ScenarioList
        scenarios={list}
        picked={picked}
        disabled={disabled}
        onAction={onAction}
        onPick={(n, on) => setPicked((p) => (on ? [...p.filter((x) => x !== n), n] : p.filter((x) => x !== n)))}
      />
      <div className={styles.actions}>
        <Button onClick={() => void exportScenarios(null)} disabled={disabled || list.length === 0} data-testid="export-all">
          {t.exportAll}
        </Button>
        <Button onClick={() => fileInput.current?.click()} disabled={disabled} data-testid="import-scenarios">
          {t.importFile}
        </Button>
        <Button appearance="subtle" onClick={() => void refresh()} disabled={disabled} data-testid="refresh-scenarios">
          {t.refresh}
        </Button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden onChange={(e) => void onFile(e)} data-testid="import-file" />
      </div>
      <h3 className={styles.h3}>{t.compareTitle}</h3>
      <p className={styles.meta}>{picked.length >= 1 ? t.referenceIs(picked[0]!) : t.compareHint}</p>
      <div className={styles.actions}>
        <Button onClick={() => void compare()} disabled={disabled || picked.length < 2} data-testid="compare-scenarios">
          {busy === 'compare' ? t.comparing : t.compare}
        </Button>
      </div>
      {comparison ? <ComparisonView comparison={comparison} /> : null}
      <ConfirmDialog
        open={confirmAsk !== null}
        title={confirmTexts?.title ?? ''}
        body={confirmTexts?.body ?? ''}
        confirm={confirmTexts?.confirm ?? ''}
        onAnswer={confirmed}
      />
      <FieldsDialog
        fields={fieldsAsk?.fields ?? null}
        title={fieldsAsk ? dialogTitle(fieldsAsk) : ''}
        body={fieldsAsk?.action === 'import-names' ? t.importNamesBody : fieldsAsk?.action === 'validate' ? t.validateBody : undefined}
        confirm={fieldsAsk ? FIELDS_CONFIRM[fieldsAsk.action](t) : ''}
        requiredMessage={fieldsAsk?.action === 'validate' ? t.meetingDateRequired : t.nameRequired}
        onSubmit={submitted}
      />
    </section>
  );
}
