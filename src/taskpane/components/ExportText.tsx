import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';
import { copyText } from '../browser-files';
import { useI18n } from '../i18n-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * An export's text, for hosts where the browser download from a pane does nothing (Excel for Mac): shown at once
 * there, behind a link elsewhere, with « Copier ». The same text as the file, so a pasted file imports the same.
 */
export function ExportText(props: { readonly file: string; readonly text: string; readonly open: boolean }): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const [shown, setShown] = useState(props.open);
  const [copied, setCopied] = useState<boolean | null>(null);
  const area = useRef<HTMLTextAreaElement | null>(null);
  if (!shown) {
    return (
      <Button appearance="transparent" size="small" onClick={() => setShown(true)} data-testid="export-show-text">
        {t.exportShowText}
      </Button>
    );
  }
  return (
    <div className={styles.root} data-testid="export-text">
      <Field label={t.exportTextIntro(props.file)}>
        <Textarea ref={area} className={styles.text} value={props.text} readOnly rows={8} resize="vertical" data-testid="export-text-area" />
      </Field>
      <div>
        <Button onClick={() => void copyText(props.text, area.current).then(setCopied)} data-testid="export-copy">
          {t.copy}
        </Button>
      </div>
      {copied === null ? null : (
        <p className={styles.meta} role="status" data-testid="export-copy-status">
          {copied ? t.copied : t.copyFailed}
        </p>
      )}
    </div>
  );
}
