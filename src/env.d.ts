declare namespace App {
  interface Locals {
    /** Sources already cited on the page being rendered: only the first citation gets an anchor. */
    citedOnPage?: Set<string>;
  }
}
