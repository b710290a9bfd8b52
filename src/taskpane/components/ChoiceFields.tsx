import { Combobox, Field, Option, Select } from "@fluentui/react-components";

/** A text field with suggestions that also takes any other text (authority and core areas). */
export function SuggestedTextField(props: {
  label: string;
  value: string;
  suggestions: readonly string[];
  /** The accessible name of the button that shows the suggestions. */
  showOptions: string;
  validationMessage?: string | false;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={props.label} validationMessage={props.validationMessage || undefined}>
      <Combobox
        freeform
        expandIcon={{ "aria-label": props.showOptions }}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        onOptionSelect={(_, data) => props.onChange(data.optionText ?? "")}
      >
        {props.suggestions.map((suggestion) => (
          <Option key={suggestion}>{suggestion}</Option>
        ))}
      </Combobox>
    </Field>
  );
}

/** A choice of one code, shown in words (kind, focus area, status); `none` offers "no code" as "". */
export function CodeSelectField<C extends string>(props: {
  label: string;
  value: C | null;
  codes: readonly C[];
  words: Readonly<Record<C, string>>;
  none?: string;
  onChange: (code: C | null) => void;
}) {
  return (
    <Field label={props.label}>
      <Select
        value={props.value ?? ""}
        onChange={(_, data) => props.onChange((data.value || null) as C | null)}
      >
        {props.none !== undefined && <option value="">{props.none}</option>}
        {props.codes.map((code) => (
          <option key={code} value={code}>
            {props.words[code]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
