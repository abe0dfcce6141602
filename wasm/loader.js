// Dossier's loader: checks that the browser can run the app, downloads the
// WebAssembly module with a progress bar while compiling it, starts it, and
// registers the service worker that keeps the app working offline.
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

  function showProgress(received, total) {
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
  function counted(response, total) {
    if (!response.body || !total || typeof TransformStream !== "function") return response;
    let received = 0;
    const counter = new TransformStream({
      transform(chunk, controller) {
        received += chunk.byteLength;
        showProgress(received, total);
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
      const { instance } = await instantiate(counted(response, Number(config.wasmSize)), go.importObject);
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

  statusLine.textContent = text.loading;
  start();
})();
