// The site's one stylesheet, served from /assets/site.css (the CSP allows styles from 'self' only).
// Typography first: a serif reading column, a sans-serif frame, the coverage bar the only graphic.

/** CSS of every page. */
export const SITE_CSS = `
:root{--ink:#1b1b1f;--muted:#52525b;--rule:#d9d9de;--paper:#fdfcf9;--accent:#8a1c1c;
--left:#1f5fa8;--center:#6b6b73;--right:#b3261e;--unknown:#c9c9cf;--measure:42rem}
*{box-sizing:border-box}
html{font-size:112.5%}
body{margin:0;background:var(--paper);color:var(--ink);font:1rem/1.6 Georgia,"Iowan Old Style","Times New Roman",serif}
a{color:inherit;text-decoration-thickness:1px;text-underline-offset:.15em}
a:hover,a:focus{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip-link{position:absolute;left:-999px;top:0;background:var(--ink);color:#fff;padding:.5rem 1rem}
.skip-link:focus{left:0;color:#fff}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.masthead,.site-footer,main{max-width:64rem;margin:0 auto;padding:0 1rem}
.masthead{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;border-bottom:3px double var(--ink);padding-top:1rem;padding-bottom:.75rem;font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
.masthead h1,.brand{font:700 1.8rem/1.1 Georgia,serif;margin:0;letter-spacing:-.01em;text-decoration:none}
.masthead nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0;font-size:.85rem}
.masthead nav a{text-decoration:none}
.search-box{margin-left:auto;display:flex;gap:.25rem}
input,button{font:inherit;font-size:.9rem;padding:.4rem .6rem;border:1px solid var(--muted);border-radius:3px;background:#fff;color:var(--ink)}
button{background:var(--ink);color:#fff;border-color:var(--ink);cursor:pointer}
main{padding-top:1.5rem;padding-bottom:2rem}
h1,h2,h3{line-height:1.2;letter-spacing:-.01em}
h2{font-size:1.15rem;margin:1.75rem 0 .5rem;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;text-transform:uppercase;letter-spacing:.04em}
.kicker{font:700 .75rem/1.2 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.08em;color:var(--accent);margin:0 0 .25rem}
.standfirst{font-size:1.05rem;color:var(--muted);margin:.25rem 0 .5rem}
.meta,.coverage-line,.empty,.note{font:.8rem/1.4 system-ui,sans-serif;color:var(--muted)}
.story-list{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:1.5rem 2rem}
.story-card{border-top:1px solid var(--rule);padding-top:.75rem}
.story-card h3{font-size:1.2rem;margin:0 0 .25rem}
.story-card h3 a{text-decoration:none}
.story-card.lead{grid-column:1/-1}
.story-card.lead h3{font-size:1.9rem}
.coverage{margin:.5rem 0}
.coverage-bar{display:block;width:100%;height:.6rem;border-radius:2px;overflow:hidden;background:var(--unknown)}
.cov-left{fill:var(--left);background:var(--left)}.cov-center{fill:var(--center);background:var(--center)}
.cov-right{fill:var(--right);background:var(--right)}.cov-unknown{fill:var(--unknown);background:var(--unknown)}
.coverage-legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.25rem 0;font:.8rem system-ui,sans-serif}
.swatch{display:inline-block;width:.7rem;height:.7rem;margin-right:.3rem;border-radius:2px;vertical-align:-.05rem}
.blindspot{color:var(--accent)}
.briefing{max-width:var(--measure)}
.briefing h1{font-size:2.1rem;margin:.1rem 0 .4rem}
.src{font:600 .68rem/1 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);white-space:nowrap;vertical-align:super}
.sources{padding-left:1.25rem;font-size:.92rem}.sources li{margin:.35rem 0}
.perspective{font:.72rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;padding:.05rem .35rem;border-radius:2px;border:1px solid var(--rule);color:#fff}
.p-left,.p-lean-left{background:var(--left)}.p-right,.p-lean-right{background:var(--right)}.p-centre{background:var(--center)}.p-unknown{background:#fff;color:var(--ink)}
.in-context{font:.75rem system-ui,sans-serif;color:var(--muted)}
.related{list-style:none;padding:0}.related li{margin:.35rem 0}
.passage{border-left:3px solid var(--accent);padding-left:1rem;max-width:var(--measure)}
mark{background:#fde68a;color:inherit;padding:0 .1em}
.hits{list-style:none;padding:0;max-width:var(--measure)}.hits li{margin:0 0 1rem}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;font:.85rem system-ui,sans-serif}
.filters label{display:flex;flex-direction:column;gap:.15rem}
select{font:inherit;padding:.35rem;border:1px solid var(--muted);border-radius:3px;background:#fff;color:var(--ink)}
.topics{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0}
.topics a{display:inline-block;font:.8rem system-ui,sans-serif;border:1px solid var(--rule);border-radius:999px;padding:.15rem .6rem;text-decoration:none}
.pager{display:flex;justify-content:space-between;font:.9rem system-ui,sans-serif;margin-top:1.5rem}
table{border-collapse:collapse;font:.9rem system-ui,sans-serif;width:100%}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--rule)}
.site-footer{border-top:1px solid var(--rule);padding-top:1rem;padding-bottom:2rem;font:.85rem system-ui,sans-serif;color:var(--muted)}
.signup{background:#f3f1ea;padding:1rem;border-radius:4px;margin-bottom:1rem;color:var(--ink)}
.signup h2{margin-top:0;font-size:1rem}
.signup-form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.signup-form input{flex:1 1 14rem}
@media (max-width:40rem){html{font-size:106%}.search-box{margin-left:0;width:100%}.search-box input{flex:1}.briefing h1{font-size:1.6rem}.story-card.lead h3{font-size:1.45rem}}
`;
