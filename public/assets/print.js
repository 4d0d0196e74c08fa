// Closed <details> hide their tables on paper; open them all for printing and restore afterwards.
(() => {
  let closed = [];
  addEventListener("beforeprint", () => {
    closed = [...document.querySelectorAll("details:not([open])")];
    closed.forEach((d) => (d.open = true));
  });
  addEventListener("afterprint", () => closed.forEach((d) => (d.open = false)));
})();
