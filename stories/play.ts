import { expect, userEvent, waitFor, within } from "storybook/test";

/** The page the story lives in (dialogs portal to body). */
export const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

/** Waits for the simulated Inicis window and presses one of its buttons. */
export async function answerWindow(canvasElement: HTMLElement, button: "승인" | "실패" | "취소"): Promise<HTMLElement> {
  const win = await page(canvasElement).findByRole("dialog", { name: /KG이니시스 결제창/ });
  await userEvent.click(within(win).getByRole("button", { name: button }));
  await waitFor(() => expect(page(canvasElement).queryByRole("dialog", { name: /KG이니시스 결제창/ })).not.toBeInTheDocument());
  return win;
}
