import type { Decorator, Preview } from "@storybook/react-vite";
import { configure } from "storybook/test";
import { SandboxFrame, type SandboxParameters } from "../stories/support";

const withSandbox: Decorator = (Story, context) => {
  const params = (context.parameters.sandbox ?? {}) as SandboxParameters;
  if (params.bare) return <Story />;
  return (
    <SandboxFrame device={context.globals.device ?? "pc"} locale={context.globals.locale ?? "ko"} themeName={context.globals.theme ?? "default"} params={params} fill={context.viewMode === "story"}>
      <Story />
    </SandboxFrame>
  );
};

// play functions' findBy*/waitFor wait for an event; the cap (1 s by default) is generous so a
// loaded machine (2 busy cores, Vite transforming a lazy chunk on its first import) waits longer
// instead of failing
configure({ asyncUtilTimeout: 10_000 });

// dialogs portal to <body>: give the page the same sans-serif stack as the story frame
if (typeof document !== "undefined") document.body.style.fontFamily = "system-ui, 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

const preview: Preview = {
  decorators: [withSandbox],
  tags: ["autodocs"],
  globalTypes: {
    device: {
      description: "Which Inicis module the provider uses",
      toolbar: { title: "Device", icon: "mobile", items: [{ value: "pc", title: "PC" }, { value: "mobile", title: "Mobile" }], dynamicTitle: true },
    },
    locale: {
      description: "Language of labels and messages",
      toolbar: { title: "Language", icon: "globe", items: [{ value: "ko", title: "한국어" }, { value: "en", title: "English" }], dynamicTitle: true },
    },
    theme: {
      description: "Theme passed to the provider",
      toolbar: { title: "Theme", icon: "paintbrush", items: ["default", "dark", "brand"], dynamicTitle: true },
    },
  },
  initialGlobals: { device: "pc", locale: "ko", theme: "default" },
  parameters: {
    layout: "fullscreen",
    a11y: { test: "error" },
    controls: { matchers: { color: /(background|color)$/i } },
  },
};
export default preview;
