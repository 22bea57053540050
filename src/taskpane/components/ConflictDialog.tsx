import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n-context';

/** « Insérer le modèle » found sheets with the template's names: rename, replace (after a yes), or cancel. */
export function ConflictDialog(props: {
  readonly conflicts: readonly string[] | null;
  readonly onChoose: (choice: 'rename' | 'replace' | null) => void;
}): ReactNode {
  const { t } = useI18n();
  return (
    <Dialog open={props.conflicts !== null} modalType="alert" onOpenChange={(_, d) => (d.open ? undefined : props.onChoose(null))}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.conflictTitle}</DialogTitle>
          <DialogContent>{t.conflictBody((props.conflicts ?? []).map((s) => `« ${s} »`).join(', '))}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onChoose('rename')}>
              {t.conflictRename}
            </Button>
            <Button onClick={() => props.onChoose('replace')}>{t.conflictReplace}</Button>
            <Button appearance="subtle" onClick={() => props.onChoose(null)}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
