import { Button, Field, Input, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { SourceRange } from "../../excel/readSourceRange";
import type { ImportTexts } from "../../i18n/importTexts";

/** Props of {@link ImportSourceForm}. */
export type ImportSourceFormProps = {
  texts: ImportTexts;
  busy: boolean;
  /** Reads the selection, or the address typed (a bare one on the active sheet). */
  onRead: (source: SourceRange) => void;
};

const useStyles = makeStyles({
  source: { display: "flex", flexDirection: "column", rowGap: "8px", alignItems: "flex-start" },
  row: { display: "flex", alignItems: "flex-end", columnGap: "8px", alignSelf: "stretch" },
  grow: { flexGrow: 1 },
});

/** Where the import reads from: the user's selection in Excel, or a typed address. */
export function ImportSourceForm({ texts, busy, onRead }: ImportSourceFormProps) {
  const styles = useStyles();
  const [address, setAddress] = useState("");
  return (
    <div className={styles.source}>
      <Button appearance="primary" disabledFocusable={busy} onClick={() => onRead("selection")}>
        {texts.useSelection}
      </Button>
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onRead(address.trim());
        }}
      >
        <Field className={styles.grow} label={texts.addressLabel} hint={texts.addressHint}>
          <Input value={address} onChange={(_, data) => setAddress(data.value)} />
        </Field>
        <Button type="submit" disabledFocusable={busy}>
          {texts.readAddress}
        </Button>
      </form>
    </div>
  );
}
