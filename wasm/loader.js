// Dossier's loader: checks that the browser can run the app, downloads the
// WebAssembly module with a progress bar while compiling it, starts it, and
// registers the service worker that keeps the app working offline. On a
// published site it also fetches the site's dossier from the start, beside
// the module, and hands it to the app (gui/published_js.go).
"use strict";
(() => {
  const config = document.currentScript.dataset;
  const english = /^en\b/i.test(navigator.language || "");
  const text = english ? {
    loading: "Loading…",
    progress: (got, total) => `Loading… ${mb(got)} of ${mb(total)} MB`,
    starting: "Starting…",
    noWasm: "This browser cannot run WebAssembly, so Dossier cannot start here.",
    noWebGL: "This browser has no WebGL, so Dossier cannot start here.",
    failed: "Dossier could not start: ",
  } : {
    loading: "Laden…",
    progress: (got, total) => `Laden… ${mb(got)} van ${mb(total)} MB`,
    starting: "Starten…",
    noWasm: "Deze browser kan geen WebAssembly uitvoeren; Dossier kan hier niet starten.",
    noWebGL: "Deze browser heeft geen WebGL; Dossier kan hier niet starten.",
    failed: "Dossier kon niet starten: ",
  };
  const statusLine = document.getElementById("status");
  const bar = document.getElementById("bar");
  const fill = document.getElementById("fill");

  function mb(bytes) { return (bytes / 1048576).toFixed(1); }

  function fail(message) {
    statusLine.textContent = message;
    statusLine.className = "error";
    bar.style.display = "none";
  }

  // The bytes the bar counts: the module's, and the dossier's where the
  // page names one.
  const loading = { received: 0, total: Number(config.wasmSize) || 0 };

  function showProgress() {
    const { received, total } = loading;
    if (!total) return;
    const percent = Math.min(100, Math.round(received * 100 / total));
    fill.style.width = percent + "%";
    bar.setAttribute("aria-valuenow", String(percent));
    statusLine.textContent = received >= total ? text.starting : text.progress(Math.min(received, total), total);
  }

  function webglAvailable() {
    try {
      const canvas = document.createElement("canvas");
      return !!(window.WebGLRenderingContext && (canvas.getContext("webgl") || canvas.getContext("experimental-webgl")));
    } catch (e) {
      return false;
    }
  }

  // counted passes the body through a counter. The browser has already
  // undone any Content-Encoding, so the bytes counted are the module's own
  // and their total is data-wasm-size, whatever the server compressed.
  function counted(response) {
    if (!response.body || !loading.total || typeof TransformStream !== "function") return response;
    const counter = new TransformStream({
      transform(chunk, controller) {
        loading.received += chunk.byteLength;
        showProgress();
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(counter), { headers: { "Content-Type": "application/wasm" } });
  }

  // instantiate compiles while the module downloads where the browser can.
  async function instantiate(response, imports) {
    if (typeof WebAssembly.instantiateStreaming === "function") {
      return WebAssembly.instantiateStreaming(response, imports);
    }
    return WebAssembly.instantiate(await response.arrayBuffer(), imports);
  }

  // keepOffline registers the service worker once the module is here: its
  // precache then finds the big file in the HTTP cache instead of fetching it
  // a second time. Offline the registration fails to update and the worker
  // already installed goes on serving, so a failure is no error.
  function keepOffline() {
    if (!("serviceWorker" in navigator) || !config.serviceWorker) return;
    navigator.serviceWorker.register(config.serviceWorker).catch(() => {});
  }

  // removeLoadingWithCanvas takes the loading screen away when Fyne adds its
  // canvas to the page.
  function removeLoadingWithCanvas() {
    new MutationObserver((_, observer) => {
      if (document.querySelector("canvas")) {
        document.getElementById("loading")?.remove();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  }

  // shieldWindowFocus keeps the window's focus and blur events from Fyne's
  // browser driver (glfw-js v0.3.0), which handles them synchronously inside
  // the event: Fyne then waits for its main loop, and the main loop waits for
  // an animation frame that cannot come while the event runs, so the Go
  // program dies ("all goroutines are asleep") and the page stops answering
  // keys. It happens whenever the tab gains or loses focus at the wrong
  // moment. Dossier needs neither event: the search bar keeps its focus while
  // the tab is in the background. Registered before the app starts, this
  // listener runs first and stops the driver's.
  function shieldWindowFocus() {
    for (const type of ["focus", "blur"]) {
      window.addEventListener(type, (event) => {
        if (event.target === window) event.stopImmediatePropagation();
      });
    }
  }

  // shieldColorScheme keeps the driver's listener off the system's colour
  // scheme: it changes the theme inside the event, with the same end as
  // above (and no WebGL context current). Dossier's own listener, marked
  // dossierSafe, follows the scheme instead (gui/browser_js.go).
  function shieldColorScheme() {
    const add = MediaQueryList.prototype.addEventListener;
    MediaQueryList.prototype.addEventListener = function (type, listener, options) {
      if (type === "change" && /prefers-color-scheme/.test(this.media) && !(listener && listener.dossierSafe)) return;
      return add.call(this, type, listener, options);
    };
  }

  async function start() {
    if (typeof WebAssembly !== "object") return fail(text.noWasm);
    if (!webglAvailable()) return fail(text.noWebGL);
    try {
      const response = await fetch(config.wasm);
      if (!response.ok) throw new Error(`${config.wasm}: HTTP ${response.status}`);
      const go = new Go();
      const { instance } = await instantiate(counted(response), go.importObject);
      // For profiling, in the browser's tools and wasm/measure: download
      // and compilation end here, the app's own start-up begins.
      performance.mark("wasm-instantiated");
      statusLine.textContent = text.starting;
      keepOffline();
      removeLoadingWithCanvas();
      shieldWindowFocus();
      shieldColorScheme();
      go.run(instance);
    } catch (e) {
      fail(text.failed + e.message);
    }
  }

  // publish exposes the site's dossier to the app as window.dossierPublished:
  // its file and the name the reader sees, how many bytes have come so far, and bytes, a promise of the whole file
  // as one Uint8Array. The promise fails with an Error that has status (the
  // HTTP status; 0 when the site could not be reached) or, for a file cut
  // short, received and size. The app lets go of the bytes once it has them;
  // refetch() fetches the file again (from the service worker's copy), and
  // drop() stops a download the app does not want (the reader's own
  // collection opens instead).
  function publish() {
    if (!config.dossier) return;
    const entry = {
      file: config.dossier,
      name: config.dossierName || config.dossier,
      size: Number(config.dossierSize) || 0,
      received: 0,
      bytes: null,
      refetch() {
        entry.received = 0;
        entry.download = new AbortController();
        entry.bytes = fetchDossier(entry, entry.download.signal);
        entry.bytes.catch(() => {}); // the app reports it; no "uncaught" in the console
        return entry.bytes;
      },
      drop() {
        if (entry.download) entry.download.abort();
        entry.bytes = null;
      },
    };
    loading.total += entry.size;
    entry.refetch();
    window.dossierPublished = entry;
  }

  // fetchDossier streams the file into one buffer of the size the page
  // names, so that a large dossier is never held twice while it comes in.
  async function fetchDossier(entry, signal) {
    let response;
    try {
      response = await fetch(entry.file, { signal });
    } catch (e) {
      throw Object.assign(new Error(`${entry.file}: ${e.message}`), { status: 0 });
    }
    if (!response.ok) throw Object.assign(new Error(`${entry.file}: HTTP ${response.status}`), { status: response.status });
    const encoded = response.headers.get("Content-Encoding");
    const size = entry.size || (!encoded && Number(response.headers.get("Content-Length"))) || 0;
    let bytes = new Uint8Array(size);
    const add = (chunk) => {
      if (entry.received + chunk.byteLength > bytes.length) {
        const grown = new Uint8Array(Math.max(2 * bytes.length, entry.received + chunk.byteLength));
        grown.set(bytes.subarray(0, entry.received));
        bytes = grown;
      }
      bytes.set(chunk, entry.received);
      entry.received += chunk.byteLength;
      loading.received += chunk.byteLength;
      showProgress();
    };
    try {
      if (response.body && response.body.getReader) {
        const reader = response.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          add(value);
        }
      } else {
        add(new Uint8Array(await response.arrayBuffer()));
      }
    } catch (e) {
      throw Object.assign(new Error(`${entry.file}: ${e.message}`), { status: 0 });
    }
    if (entry.size && entry.received !== entry.size) {
      throw Object.assign(new Error(`${entry.file}: ${entry.received} of ${entry.size} bytes`), { received: entry.received, size: entry.size });
    }
    return bytes.length === entry.received ? bytes : bytes.subarray(0, entry.received);
  }

  statusLine.textContent = text.loading;
  publish();
  start();
})();
