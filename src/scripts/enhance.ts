// The site's one script, loaded by pages with interactive parts as a module (it runs once the page
// is parsed). Everything it enhances already works without it.
import "./copy-link";
import "./platform-tabs";
import "./checklist";
import "./helper";
import "./offline";

// Marks the page as enhanced, for anything that must wait until the controls are live.
document.documentElement.dataset.enhanced = "";
