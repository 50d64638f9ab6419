// Marks the page as enhanced, for anything that must wait until the controls are live. Loaded last.
document.documentElement.dataset.enhanced = "";
