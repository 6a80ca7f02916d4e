namespace Parley.Reports.Html;

/// <summary>The page's inline CSS: neutral greys, one accent, readable tables, charts in a two-column grid, print friendly.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root { --ink: #222; --muted: #5f6368; --rule: #dadce0; --band: #f6f7f8; --accent: #1a4f7a; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #fff; color: var(--ink); font: 15px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
        main { max-width: 1180px; margin: 0 auto; padding: 28px 28px 60px; }
        header.page { border-bottom: 3px solid var(--ink); padding-bottom: 14px; margin-bottom: 8px; }
        header.page h1 { font-size: 27px; margin: 0 0 4px; letter-spacing: -0.2px; }
        header.page .lede { color: var(--muted); margin: 0; }
        .meta { display: flex; flex-wrap: wrap; gap: 6px 20px; margin: 10px 0 0; padding: 0; list-style: none; font-size: 13px; color: var(--muted); }
        .meta b { color: var(--ink); font-weight: 600; }
        nav.toc { font-size: 13px; margin: 10px 0 22px; padding: 8px 0; border-bottom: 1px solid var(--rule); }
        nav.toc a { margin-right: 16px; color: var(--accent); text-decoration: none; white-space: nowrap; }
        nav.toc a:hover { text-decoration: underline; }
        h2 { font-size: 21px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
        h3 { font-size: 16px; margin: 22px 0 6px; }
        p.note { color: var(--muted); font-size: 13px; margin: 4px 0 10px; }
        section.hypothesis { margin-top: 30px; }
        section.hypothesis > h2 .tag { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 8px; vertical-align: 1px; }
        table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 8px 0 14px; }
        th, td { text-align: left; vertical-align: top; padding: 6px 9px; border-bottom: 1px solid var(--rule); }
        thead th { background: var(--band); border-bottom: 2px solid #bfc3c8; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        table.compare th[scope=row] { width: 190px; color: var(--muted); font-weight: 600; background: #fcfcfc; }
        table.compare td { width: auto; }
        ul.killers { margin: 0; padding-left: 18px; }
        ul.killers li { margin: 2px 0; }
        .empty { color: #8a2b0a; font-weight: 600; }
        .muted { color: var(--muted); }
        .clause { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12.5px; }
        .grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 22px 26px; align-items: start; }
        .grid > .wide { grid-column: 1 / -1; }
        figure { margin: 0; }
        figure img { display: block; width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 3px; }
        figure.map svg { display: block; max-width: 100%; height: auto; border: 1px solid var(--rule); border-radius: 3px; }
        figcaption { font-size: 12.5px; color: var(--muted); margin-top: 6px; line-height: 1.45; }
        figcaption b { color: var(--ink); }
        .panel { border: 1px solid var(--rule); border-radius: 3px; padding: 10px 14px; }
        .panel h3 { margin-top: 4px; }
        ol.sources { font-size: 13.5px; padding-left: 22px; }
        ol.sources li { margin: 3px 0; }
        ol.sources code, table.files code { font-size: 12.5px; background: var(--band); padding: 1px 4px; border-radius: 2px; }
        footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--rule); font-size: 12.5px; color: var(--muted); }
        @media (max-width: 860px) { .grid { grid-template-columns: 1fr; } }
        @media print { nav.toc { display: none; } section { break-inside: avoid-page; } }
        """;
}
