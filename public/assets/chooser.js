// The language chooser at /: sends a visitor on to the report in the first of their browser's languages that the
// site offers. The destinations are the chooser's own links, which HtmlBasePlugin has already given the PATH_PREFIX,
// so this script never builds a URL. Without JavaScript, or with no language in common, the page stays a list of links.
(() => {
  const links = [...document.querySelectorAll(".chooser-list a[hreflang]")];
  if (!links.length) return;

  // "/#choose" shows the list as it is (for links that mean "pick a language", and for page checks).
  if (location.hash === "#choose") return;
  // A reader who came back here from a page of this site wants to pick a language: let them.
  const root = new URL(".", location.href).href;
  if (document.referrer.startsWith(root) && document.referrer !== location.href) return;

  const primary = (tag) => String(tag).toLowerCase().split("-")[0];
  const wanted = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of wanted) {
    // Exact tag first ("zh-Hans"), then the language alone ("zh-TW" → the Chinese report).
    const link =
      links.find((a) => a.hreflang.toLowerCase() === String(tag).toLowerCase()) ??
      links.find((a) => primary(a.hreflang) === primary(tag));
    if (link) {
      location.replace(link.href);
      return;
    }
  }
})();
