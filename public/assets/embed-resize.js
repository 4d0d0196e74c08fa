// Optional script for pages that embed a chart from the CNI benchmark report. It sizes each chart iframe to the
// height its page reports, so the chart is never cut off or followed by empty space. Include it once per page:
//   <script src="https://…/assets/embed-resize.js" async></script>
// It only accepts a message that (1) has the documented shape, (2) comes from the window of one of this page's
// iframes, and (3) comes from the origin of that iframe's src. Anything else is ignored.
(function () {
  if (window.cniReportEmbedResize) return;
  window.cniReportEmbedResize = true;
  var TYPE = "cni-report:embed-height";

  function valid(d) {
    return d && typeof d === "object" && d.type === TYPE && d.version === 1 && typeof d.height === "number" && isFinite(d.height) && d.height > 0 && d.height < 10000;
  }
  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (err) {
      return null;
    }
  }
  window.addEventListener("message", function (e) {
    if (!valid(e.data)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow !== e.source || originOf(f) !== e.origin) continue;
      f.style.height = Math.ceil(e.data.height) + "px";
    }
  });
  // Frames that loaded before this script ran have already reported; ask them again. The ping carries nothing,
  // so it goes to any origin (a frame still on about:blank would otherwise log a mismatch error).
  function ping() {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: "cni-report:embed-ping" }, "*");
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ping);
  else ping();
})();
