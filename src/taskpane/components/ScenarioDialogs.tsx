import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n-context';

const useStyles = makeStyles({ form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

/** Asks before a change that loses something (apply over the inputs, delete, lock). Escape or Annuler says no. */
export function ConfirmDialog(props: {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirm: string;
  readonly onAnswer: (yes: boolean) => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <Dialog open={props.open} modalType="alert" onOpenChange={(_, d) => (d.open ? undefined : props.onAnswer(false))}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onAnswer(true)}>
              {props.confirm}
            </Button>
            <Button appearance="subtle" onClick={() => props.onAnswer(false)}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export interface FieldRequest {
  readonly key: string;
  readonly label: string;
  readonly initial: string;
  readonly type?: 'text' | 'date';
}

/**
 * A dialog of one or more text fields (a new name, a meeting date, names for imported scenarios). Empty fields
 * are refused here; what the workbook refuses (a name taken) comes back as its own message.
 */
export function FieldsDialog(props: {
  /** null: closed. */
  readonly fields: readonly FieldRequest[] | null;
  readonly title: string;
  readonly body?: string;
  readonly confirm: string;
  readonly requiredMessage: string;
  readonly onSubmit: (values: Readonly<Record<string, string>> | null) => void;
}): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const { fields } = props;
  const initial = (requested: readonly FieldRequest[] | null): Record<string, string> => Object.fromEntries((requested ?? []).map((f) => [f.key, f.initial]));
  const [values, setValues] = useState<Record<string, string>>(() => initial(fields));
  const [tried, setTried] = useState(false);
  // New fields (the dialog opened again): start from their initial values, adjusted during render, not in an effect.
  const [shownFor, setShownFor] = useState(fields);
  if (fields !== shownFor) {
    setShownFor(fields);
    setValues(initial(fields));
    setTried(false);
  }
  const empty = (key: string): boolean => (values[key] ?? '').trim() === '';
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setTried(true);
    if ((fields ?? []).some((f) => empty(f.key))) return;
    props.onSubmit(values);
  };
  return (
    <Dialog open={fields !== null} onOpenChange={(_, d) => (d.open ? undefined : props.onSubmit(null))}>
      <DialogSurface>
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{props.title}</DialogTitle>
            <DialogContent className={styles.form}>
              {props.body ? <p>{props.body}</p> : null}
              {(fields ?? []).map((f, i) => (
                <Field key={f.key} label={f.label} required validationMessage={tried && empty(f.key) ? props.requiredMessage : undefined}>
                  <Input
                    type={f.type ?? 'text'}
                    value={values[f.key] ?? ''}
                    autoFocus={i === 0}
                    data-testid={`dialog-field-${i}`}
                    onChange={(_, d) => setValues((v) => ({ ...v, [f.key]: d.value }))}
                  />
                </Field>
              ))}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {props.confirm}
              </Button>
              <Button appearance="subtle" onClick={() => props.onSubmit(null)}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
