// The host side of the embed protocol (src/embed/README.md), as a docs page would write it.
// An external file, so the demo itself runs under a CSP without 'unsafe-inline'.
(function () {
  'use strict';
  var base = new URL('./', window.location.href);
  var src = new URL(base.href);
  src.search =
    '?v=1&tpm=200M&uc=rag&embed=1&parentOrigin=' +
    encodeURIComponent(window.location.origin);

  var frame = document.createElement('iframe');
  frame.id = 'crossover-embed';
  frame.src = src.href;
  frame.title = 'Crossover: LLM API or self-hosting cost calculator';
  frame.loading = 'lazy';
  frame.style.cssText = 'width:100%;height:990px;border:0';
  document.getElementById('embed-slot').appendChild(frame);

  var log = document.getElementById('messages');
  var heightOut = document.getElementById('frame-height');
  window.crossoverMessages = [];

  window.addEventListener('message', function (e) {
    // Only our frame, only its origin, only messages we know.
    if (e.source !== frame.contentWindow || e.origin !== src.origin) return;
    var d = e.data;
    if (!d || typeof d.type !== 'string' || d.type.indexOf('crossover:') !== 0)
      return;
    if (d.version !== 1) return;
    window.crossoverMessages.push(d);
    var line = document.createElement('div');
    line.textContent =
      d.type +
      (typeof d.height === 'number' ? ' height=' + d.height : '') +
      (typeof d.params === 'string' ? ' params=' + d.params : '');
    log.appendChild(line);
    if (
      (d.type === 'crossover:resize' || d.type === 'crossover:ready') &&
      typeof d.height === 'number'
    ) {
      var h = Math.min(Math.max(d.height, 200), 4000);
      frame.style.height = h + 'px';
      heightOut.textContent = h + ' px';
    }
  });
})();
