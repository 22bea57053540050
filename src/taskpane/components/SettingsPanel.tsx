import { Field, Select, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { RULE_VERSIONS } from '../../engine';
import { isLanguage, LANGUAGES } from '../i18n';
import { useI18n } from '../i18n-context';
import type { PaneSettings } from '../settings';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** Rule version (by the contract's dates, or forced) and language. */
export function SettingsPanel(props: { readonly settings: PaneSettings; readonly onChange: (settings: PaneSettings) => void }): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={t.language}>
        <Select
          value={props.settings.language}
          data-testid="language-select"
          onChange={(_, d) => {
            if (isLanguage(d.value)) props.onChange({ ...props.settings, language: d.value });
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t.languageNames[l]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.ruleSetting} hint={t.ruleSettingNote}>
        <Select value={props.settings.ruleVersion} data-testid="rule-select" onChange={(_, d) => props.onChange({ ...props.settings, ruleVersion: d.value })}>
          <option value="auto">{t.ruleAuto}</option>
          {RULE_VERSIONS.map((v) => (
            <option key={v.id} value={v.id}>
              {t.ruleForced(v.label)}
            </option>
          ))}
        </Select>
      </Field>
      <Field hint={t.autoRecalculateHint}>
        <Switch
          label={t.autoRecalculate}
          checked={props.settings.autoRecalculate}
          data-testid="auto-recalculate"
          onChange={(_, d) => props.onChange({ ...props.settings, autoRecalculate: d.checked })}
        />
      </Field>
    </div>
  );
}
