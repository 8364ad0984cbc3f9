// Today in the local time zone, YYYY-MM-DD: the default decision date of a notice and the day a site judges
// each document's status on.
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
