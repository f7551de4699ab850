/** Editor JSON sent as a form field; anything unparsable becomes null and is refused by the content check with a German message. */
export function jsonFromForm(formData: FormData, name: string): unknown {
  try {
    return JSON.parse(String(formData.get(name) ?? "null"));
  } catch {
    return null;
  }
}
