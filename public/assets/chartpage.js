// Chart pages: the copy button of the embed code. Uses the Clipboard API where the page may (secure context,
// permission), else selects the code and tries execCommand("copy"); either way the result is announced in the
// status line (aria-live). Labels come from data attributes, so they are in the page's language.
(function () {
  var buttons = document.querySelectorAll("[data-copy-target]");
  for (var i = 0; i < buttons.length; i++) setUp(buttons[i]);

  function setUp(button) {
    var box = document.getElementById(button.getAttribute("data-copy-target"));
    var status = document.getElementById(button.getAttribute("data-copy-status"));
    if (!box || !status) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = box.value !== undefined ? box.value : box.textContent;
      var say = function (ok) {
        status.textContent = "";
        // A fresh text node after clearing makes screen readers announce the same message twice in a row.
        window.setTimeout(function () {
          status.textContent = button.getAttribute(ok ? "data-copied" : "data-failed");
        }, 50);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(
          function () { say(true); },
          function () { say(fallback(box)); }
        );
      } else {
        say(fallback(box));
      }
    });
  }

  function fallback(box) {
    try {
      box.focus();
      if (box.select) box.select();
      return document.execCommand("copy");
    } catch (err) {
      return false;
    }
  }
})();
