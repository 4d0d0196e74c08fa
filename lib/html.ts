/** Text or an attribute value made safe for HTML: markup inside a translated string is shown as text. */
export const esc = (s: string | number): string => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
