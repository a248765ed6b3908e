/** The files chosen in a form's <input type="file" name="…">, as an array (empty when none). */
export function selectedFiles(form, name) {
  const input = form.querySelector(`input[type="file"][name="${name}"]`);
  return input?.files ? Array.from(input.files) : [];
}
