import { expect, test } from "./support";

for (const path of ["/checklist/", "/fr/aide-memoire/"]) {
  test(`${path} prints on one page, A4 or Letter, without navigation`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header nav")).toBeHidden();
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, printBackground: false });
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${format} pages`).toBe(1);
    }
  });
}

test("ticks are remembered in this browser", async ({ page }) => {
  await page.goto("/checklist/");
  const boxes = page.getByRole("checkbox");
  expect(await boxes.count()).toBeGreaterThanOrEqual(3);
  await boxes.nth(1).check();
  await page.reload();
  await expect(page.getByRole("checkbox").nth(1)).toBeChecked();
  await expect(page.getByRole("checkbox").nth(0)).not.toBeChecked();
});

test("the print button calls the browser's print", async ({ page }) => {
  await page.goto("/checklist/");
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole("button", { name: "Print this checklist" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test("the QR code is inline SVG pointing to the opt-out page, and no image is requested", async ({
  page,
}) => {
  const images: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "image" && !r.url().endsWith(".svg") && !r.url().includes("/icon-"))
      images.push(r.url());
  });
  await page.goto("/checklist/");
  const qr = page.getByRole("img", { name: /QR code/ });
  await expect(qr).toHaveAttribute("aria-label", /https:\/\/[^ ]+\/opt-out\/$/);
  expect(images).toEqual([]);
});
