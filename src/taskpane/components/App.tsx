import { Badge, Button, Checkbox, Divider, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { memo, startTransition, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { rulesCurrentTo, type CptsProjection } from '../../engine';
import type { CalculateOptions, CellRef, ComputedRun, Progress, WorkbookPort, TemplateConflictPolicy, WorkbookIssue } from '../../workbook/port';
import { formatDate } from '../format';
import { I18nProvider, useI18n } from '../i18n-context';
import { useNotice } from '../use-notice';
import { localToday } from '../results';
import { DIALOGUE_MESSAGES } from '../i18n-dialogue';
import { browserStorage, loadSettings, saveSettings, type PaneSettings } from '../settings';
import { AssumptionsPanel } from './AssumptionsPanel';
import { ConflictDialog } from './ConflictDialog';
import { ErrorList } from './ErrorList';
import { ResultsView } from './ResultsView';
import { ScenariosPanel } from './ScenariosPanel';
import { SettingsPanel } from './SettingsPanel';
import { WarningList } from './WarningList';
import { PreviewGrid, type PreviewWorkbook } from '../preview/PreviewGrid';
import { sharedRuntimeMissing } from '../host';

// A run's progress re-renders the pane many times: the panels it does not change skip those renders.
const ScenariosPanelMemo = memo(ScenariosPanel);
const SettingsPanelMemo = memo(SettingsPanel);
const AssumptionsPanelMemo = memo(AssumptionsPanel);
const ResultsViewMemo = memo(ResultsView);

/** The longest a run's writing waits for its figures to be on screen (a hidden pane may never paint them). */
const RESULTS_WAIT_MS = 2000;

/** With automatic recalculation on, the run starts this long after the last input change (a burst of typing is one run). */
export const AUTO_RECALCULATE_DELAY_MS = 2000;

const useStyles = makeStyles({
  layout: { display: 'flex', alignItems: 'flex-start', minHeight: '100vh' },
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    width: '100%',
    maxWidth: '460px',
    flexShrink: 0,
    boxSizing: 'border-box',
    // While an action runs, its buttons turn disabled at once: their 0.1 s colour fade repainted the pane on every
    // frame of a run's first tenth of a second, time taken from the run itself.
    '&[aria-busy="true"] .fui-Button': { transitionProperty: 'none' },
  },
  title: { fontSize: tokens.fontSizeBase500, margin: 0 },
  h2: { fontSize: tokens.fontSizeBase400, margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // The bar jumps from stage to stage: Fluent's 0.3 s width transition repainted the whole pane (and the preview's
  // grid) on every frame of a run, about a third of the main thread's time.
  progressStep: { transitionProperty: 'none' },
  // Sections under a department's long results are mostly out of view: the browser lays them out and paints
  // them only when they come near it, not on every change above them.
  belowResults: { contentVisibility: 'auto', containIntrinsicSize: 'auto 600px' },
});

type Notice = { readonly intent: 'success' | 'error' | 'info'; readonly text: string };

export interface TaskPaneProps {
  readonly port: WorkbookPort;
  /** Outside Office, the memory workbook the pane runs on: shown as a grid beside the pane. */
  readonly preview: PreviewWorkbook | null;
  /** office.js could not be loaded: the pane runs as the preview and says why. */
  readonly officeMissing?: boolean;
  /** The day « the next twelve months » start from (tests fix it). */
  readonly today?: string;
  readonly initialSettings?: PaneSettings;
  readonly onLanguageChange?: (lang: PaneSettings['language']) => void;
}

/** The task pane: settings at the top level, so that a language change re-renders every text at once. */
export function TaskPane(props: TaskPaneProps): ReactNode {
  const styles = useStyles();
  const [settings, setSettings] = useState<PaneSettings>(() => props.initialSettings ?? loadSettings(browserStorage()));
  const { onLanguageChange } = props;
  useEffect(() => {
    document.documentElement.lang = settings.language;
    onLanguageChange?.(settings.language);
  }, [settings.language, onLanguageChange]);
  const change = useCallback((next: PaneSettings) => {
    setSettings(next);
    saveSettings(browserStorage(), next);
  }, []);
  return (
    <I18nProvider lang={settings.language}>
      {props.preview ? (
        <div className={styles.layout}>
          <PaneBody {...props} settings={settings} onSettings={change} />
          <PreviewGrid workbook={props.preview} />
        </div>
      ) : (
        <PaneBody {...props} settings={settings} onSettings={change} />
      )}
    </I18nProvider>
  );
}

function PaneBody(props: TaskPaneProps & { readonly settings: PaneSettings; readonly onSettings: (s: PaneSettings) => void }): ReactNode {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { port } = props;
  const [busy, setBusy] = useState<'insert' | 'calculate' | 'dialogue' | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  // A notice is worded when it is shown: after a change of language it is dropped rather than left in the old one.
  const [notice, setNotice] = useNotice<Notice>(lang);
  const [issues, setIssues] = useState<readonly WorkbookIssue[] | null>(null);
  // Sheets a write left half-done: the error list then never says « rien n'a été écrit ».
  const [incomplete, setIncomplete] = useState<readonly string[] | null>(null);
  const [result, setResult] = useState<ComputedRun | null>(null);
  // Resolved once a run's figures are on screen: the run then writes its sheets.
  const resultsOnScreen = useRef<(() => void) | null>(null);
  useEffect(() => {
    const resolve = resultsOnScreen.current;
    resultsOnScreen.current = null;
    if (!resolve) return;
    // After the frame that paints them: the next animation frame, then a task once it is drawn.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else resolve();
  }, [result]);
  const [conflicts, setConflicts] = useState<readonly string[] | null>(null);
  // « Insérer le modèle »: the filled example, or empty tables for one's own department.
  const [example, setExample] = useState(true);
  const [scenariosBusy, setScenariosBusy] = useState(false);
  /** Inputs changed after this session's last run: the results shown and the sheets are out of date. */
  const [stale, setStale] = useState(false);
  const ranOnce = useRef(false);
  const [noSharedRuntime] = useState(() => sharedRuntimeMissing());
  const today = props.today ?? localToday();
  // The settings' rule version, for « Calculer » and « Dialogue de gestion » alike.
  const runOptions: CalculateOptions = props.settings.ruleVersion === 'auto' ? {} : { ruleVersion: props.settings.ruleVersion };

  const fail = useCallback(
    (e: unknown): void => setNotice({ intent: 'error', text: t.unexpectedError(e instanceof Error ? e.message : String(e)) }),
    [setNotice, t],
  );

  const insert = async (policy: TemplateConflictPolicy): Promise<void> => {
    setBusy('insert');
    setNotice(null);
    try {
      const outcome = await port.insertTemplate(policy, { example });
      if (outcome.ok) {
        setIssues(null);
        // The first sheet is the CPTS table's, the last the barème's (under free names if the user chose so).
        const next = t.insertedNext(outcome.sheets[0] ?? '', outcome.sheets[outcome.sheets.length - 1] ?? '');
        setNotice({ intent: 'success', text: `${t.inserted(outcome.sheets.map((s) => `« ${s} »`).join(', '))} ${next}` });
      } else if ('conflicts' in outcome) {
        setConflicts(outcome.conflicts);
      } else {
        setIssues(outcome.issues);
        setIncomplete(outcome.incomplete ?? null);
      }
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const calculate = async (): Promise<void> => {
    setBusy('calculate');
    setNotice(null);
    setProgress({ stage: 'read', fraction: 0 });
    try {
      // The figures are shown as soon as they are computed, while the sheets are written (the progress bar goes on).
      let shown = false;
      const show = (run: ComputedRun): Promise<void> => {
        shown = true;
        ranOnce.current = true;
        setStale(false);
        setIssues(null);
        return new Promise<void>((resolve) => {
          // The writing waits until the figures are on screen (the effect below), or a moment at most.
          resultsOnScreen.current = resolve;
          setTimeout(resolve, RESULTS_WAIT_MS);
          // A transition: React renders the results of a large department in slices, never one long task.
          startTransition(() => setResult({ scenario: run.scenario, projection: run.projection, warnings: run.warnings }));
        });
      };
      const outcome = await port.calculate(setProgress, runOptions, show);
      setIncomplete(outcome.ok ? null : (outcome.incomplete ?? null));
      if (outcome.ok) {
        if (!shown) void show(outcome);
        setNotice({ intent: 'success', text: t.written(outcome.written.projectionRows, outcome.written.paymentRows) });
      } else {
        setIssues(outcome.issues);
        // Figures computed but not written (Excel refused the write) stay shown: the error list says what was not written.
        if (!shown) setResult(null);
      }
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const dialogue = async (cpts: CptsProjection): Promise<void> => {
    setBusy('dialogue');
    setNotice(null);
    try {
      const outcome = await port.writeDialogue(cpts.id, runOptions);
      const d = DIALOGUE_MESSAGES[lang];
      if (outcome.ok) {
        // Without ExcelApi 1.9 the sheet is there but its print set-up is the user's to do: say so.
        setNotice(
          outcome.pageLayout
            ? { intent: 'success', text: d.dialogueWritten(outcome.sheet, cpts.name) }
            : { intent: 'info', text: `${d.dialogueWrittenNoLayout(outcome.sheet, cpts.name)} ${d.dialogueNoPageLayout}` },
        );
      } else {
        setIssues(outcome.issues);
      }
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };

  const select = useCallback(
    (cell: CellRef): void => {
      port.selectCell(cell).catch(fail);
    },
    [port, fail],
  );
  const { settings, onSettings } = props;
  const setAuthor = useCallback((author: string) => onSettings({ ...settings, author }), [settings, onSettings]);
  const inputsChanged = useCallback(() => {
    // The inputs are now another scenario's: results and errors shown were about the previous ones.
    setResult(null);
    setIssues(null);
  }, []);
  const locked = busy !== null || scenariosBusy;

  // Stale results: the port tells of every input change; after a run, the pane says so, and with the setting on
  // recalculates once the changes have stopped for a moment (and not while another action runs).
  const calculateRef = useRef(calculate);
  const lockedRef = useRef(locked);
  const dialogueRef = useRef(dialogue);
  // One function for the results' lifetime, so that a run's progress does not re-render them.
  const onDialogue = useCallback((c: CptsProjection) => void dialogueRef.current(c), []);
  useEffect(() => {
    calculateRef.current = calculate;
    lockedRef.current = locked;
    dialogueRef.current = dialogue;
  });
  const auto = props.settings.autoRecalculate;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const later = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (lockedRef.current) later();
        else void calculateRef.current();
      }, AUTO_RECALCULATE_DELAY_MS);
    };
    const unsubscribe = port.onInputsChanged(() => {
      if (!ranOnce.current) return;
      setStale(true);
      if (auto) later();
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [port, auto]);

  return (
    <main className={styles.pane} aria-busy={busy !== null}>
      <header>
        <h1 className={styles.title}>{t.appTitle}</h1>
        {props.preview ? (
          <Badge appearance="outline" color="informative">
            {t.previewBadge}
          </Badge>
        ) : null}
        {props.officeMissing ? (
          <MessageBar intent="warning" data-testid="office-missing">
            <MessageBarBody>{t.officeMissing}</MessageBarBody>
          </MessageBar>
        ) : null}
        <p className={styles.meta} data-testid="rules-current-to">
          {t.rulesCurrentTo(formatDate(rulesCurrentTo(), lang))}
          {result ? ` · ${t.rulesUsed(result.projection.ruleVersions.join(', '))}` : ''}
        </p>
        <AssumptionsPanelMemo scenario={result?.scenario ?? null} projection={result?.projection ?? null} />
      </header>
      {noSharedRuntime ? (
        <MessageBar intent="info" data-testid="no-shared-runtime">
          <MessageBarBody>{t.noSharedRuntime}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button onClick={() => void insert('ask')} disabled={locked} data-testid="insert-template">
          {t.insertTemplate}
        </Button>
        <Checkbox
          label={t.withExample}
          checked={example}
          onChange={(_, data) => setExample(data.checked === true)}
          disabled={locked}
          data-testid="template-example"
        />
        <Button appearance="primary" onClick={() => void calculate()} disabled={locked} data-testid="calculate">
          {busy === 'calculate' ? t.calculating : t.calculate}
        </Button>
      </div>
      {progress ? (
        <div role="status" aria-live="polite">
          <ProgressBar
            value={progress.fraction}
            max={1}
            thickness="large"
            aria-label={t.progressStage[progress.stage]}
            bar={{ className: styles.progressStep }}
          />
          <p className={styles.meta}>{t.progressStage[progress.stage]}</p>
        </div>
      ) : null}
      {stale && busy === null ? (
        <MessageBar intent="warning" data-testid="stale-notice">
          <MessageBarBody>{t.staleNotice}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void calculate()} disabled={locked} data-testid="recalculate">
              {t.recalculate}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent={notice.intent} data-testid="notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {issues && issues.length > 0 ? (
        <ErrorList issues={issues} onSelect={select} title={incomplete ? t.incompleteTitle(incomplete.map((s) => `« ${s} »`).join(', ')) : undefined} />
      ) : null}
      {result ? <WarningList warnings={result.warnings} onSelect={select} /> : null}
      {result ? <ResultsViewMemo projection={result.projection} today={today} onDialogue={onDialogue} dialogueBusy={locked} /> : null}
      <Divider />
      <div className={styles.belowResults}>
        <ScenariosPanelMemo
          port={port}
          author={settings.author}
          onAuthor={setAuthor}
          onSelect={select}
          onInputsChanged={inputsChanged}
          disabled={busy !== null}
          onBusyChange={setScenariosBusy}
        />
      </div>
      <Divider />
      <section aria-labelledby="settings-title" className={styles.belowResults}>
        <h2 id="settings-title" className={styles.h2}>
          {t.settingsTitle}
        </h2>
        <SettingsPanelMemo settings={props.settings} onChange={props.onSettings} />
      </section>
      <ConflictDialog
        conflicts={conflicts}
        onChoose={(choice) => {
          setConflicts(null);
          if (choice) void insert(choice);
        }}
      />
    </main>
  );
}
