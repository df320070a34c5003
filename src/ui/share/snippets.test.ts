import { describe, expect, it } from "vitest";
import { appUrlOf, embedLink, iframeSnippet, scriptSnippet, viewLink } from "./snippets";

const input = { appUrl: "https://news.example/maps/corridors/", search: "?month=2023-05&sel=place%3Ahorgos&embed=1", title: 'Corridors "2023" <map>' };

describe("snippets", () => {
  it("links the full explorer to the same view, without embed mode", () => {
    expect(viewLink(input)).toBe("https://news.example/maps/corridors/?month=2023-05&sel=place%3Ahorgos");
  });

  it("puts the embed link in an iframe and in an embed.js placeholder, escaped", () => {
    expect(embedLink(input)).toBe("https://news.example/maps/corridors/?embed=1&month=2023-05&sel=place%3Ahorgos");
    expect(iframeSnippet(input)).toContain('src="https://news.example/maps/corridors/?embed=1&amp;month=2023-05&amp;sel=place%3Ahorgos"');
    expect(iframeSnippet(input)).toContain('title="Corridors &quot;2023&quot; &lt;map&gt;"');
    expect(scriptSnippet(input)).toContain('<script src="https://news.example/maps/corridors/embed.js" async></script>');
  });

  it("finds the app's folder whether the page is index.html or the folder itself", () => {
    expect(appUrlOf({ origin: "https://a.example", pathname: "/maps/corridors/" })).toBe("https://a.example/maps/corridors/");
    expect(appUrlOf({ origin: "https://a.example", pathname: "/maps/corridors/index.html" })).toBe("https://a.example/maps/corridors/");
  });
});
