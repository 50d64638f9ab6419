// The site's one script, loaded only by pages with interactive parts, after the first paint
// (src/lib/defer-scripts.mjs). Everything it enhances already works without it.
import "./copy-link";
import "./platform-tabs";
import "./checklist";
import "./helper";

// Marks the page as enhanced, for anything that must wait until the controls are live.
document.documentElement.dataset.enhanced = "";
