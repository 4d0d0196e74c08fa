// Interactive charts on demand (lib/eleventy/charts.ts writes the markup).
// Each chart figure carries a hidden "interactive chart" button. This script shows it; a click loads our own copy of
// vega + vega-lite + vega-embed (data-lib, once per page), fetches the chart's Vega-Lite spec (data-spec) and swaps
// the static SVG for the live chart with tooltips and SVG/PNG export. No Vega code is downloaded before that click.
// Expressions run through vega-interpreter (ast: true), so a CSP without 'unsafe-eval' is enough.
// Both URLs are written with the site's path prefix at build time. Without JavaScript the static SVG and the table stay.
(function () {
  "use strict";
  var library = null;

  function loadLibrary(src) {
    if (!library) {
      library = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = src;
        s.async = true;
        s.onload = function () {
          window.vegaEmbed && window.vegaInterpreter ? resolve() : reject(new Error("vega-embed did not load from " + src));
        };
        s.onerror = function () {
          reject(new Error("could not load " + src));
        };
        document.head.appendChild(s);
      });
      library.catch(function () {
        library = null; // let a later click try again
      });
    }
    return library;
  }

  function fetchSpec(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(url + ": HTTP " + r.status);
      return r.json();
    });
  }

  function dark() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  function start(button) {
    var figure = button.closest("figure");
    var view = figure.querySelector(".chart-view");
    var status = figure.querySelector(".chart-status");
    var title = figure.querySelector(".chart-title");
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    status.textContent = button.getAttribute("data-loading");
    // The live chart takes the layout the page shows (charts.css picks it by width), and grows like it.
    var narrow = view.querySelector(".chart-narrow");
    var shown = narrow && getComputedStyle(narrow).display !== "none" ? narrow : view.querySelector(".chart-wide");
    var spec = button.getAttribute(shown === narrow ? "data-spec-narrow" : "data-spec");
    Promise.all([loadLibrary(button.getAttribute("data-lib")), fetchSpec(spec)])
      .then(function (loaded) {
        var host = document.createElement("div");
        host.className = "chart-live-view";
        host.setAttribute("role", "group");
        host.setAttribute("tabindex", "-1");
        if (shown) host.style.setProperty("--w", shown.style.getPropertyValue("--w"));
        if (title) host.setAttribute("aria-label", title.textContent);
        view.parentNode.insertBefore(host, view.nextSibling);
        return window
          .vegaEmbed(host, loaded[1], {
            renderer: "svg",
            ast: true,
            expr: window.vegaInterpreter.expressionInterpreter,
            actions: { export: { svg: true, png: true }, source: false, compiled: false, editor: false },
            i18n: JSON.parse(button.getAttribute("data-actions")),
            downloadFileName: button.getAttribute("data-file"),
            tooltip: { theme: dark() ? "dark" : "light" },
          })
          .then(function () {
            view.hidden = true;
            button.hidden = true;
            status.textContent = "";
            host.focus();
          })
          .catch(function (e) {
            host.remove();
            throw e;
          });
      })
      .catch(function () {
        status.textContent = button.getAttribute("data-failed");
        button.disabled = false;
        button.removeAttribute("aria-busy");
      });
  }

  var buttons = document.querySelectorAll("button[data-chart-live]");
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].hidden = false;
    buttons[i].addEventListener("click", function (e) {
      start(e.currentTarget);
    });
  }
})();
