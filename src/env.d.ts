declare namespace App {
  interface Locals {
    /** The site model, set by the route. */
    site?: import("./lib/site.ts").Site;
    /** The content page being rendered, set by the route. */
    page?: import("./lib/site.ts").PageRecord;
    /** Sources already cited on the page being rendered: only the first citation gets an anchor. */
    citedOnPage?: Set<string>;
  }
}
