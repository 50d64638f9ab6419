// The site's one script, loaded only by pages with interactive parts. Everything it enhances
// already works without it.
import "./copy-link";
import "./platform-tabs";
import "./checklist";
import "./helper";
