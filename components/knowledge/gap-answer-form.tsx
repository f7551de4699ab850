/** "Beantworten und schließen" under a reported knowledge gap (start page and Wissenslücken page). */
export function GapAnswerForm(props: { reportId: string; action: (formData: FormData) => Promise<void> }) {
  return (
    <form action={props.action} className="stacked-form">
      <input type="hidden" name="reportId" value={props.reportId} />
      <div className="field">
        <label htmlFor={`antwort-${props.reportId}`}>Antwort (schließt die Meldung)</label>
        <textarea id={`antwort-${props.reportId}`} name="antwort" rows={2} maxLength={2000} required />
      </div>
      <button type="submit" className="button button--secondary">
        Beantworten und schließen
      </button>
    </form>
  );
}
