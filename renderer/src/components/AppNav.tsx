// The left navigation, built from SECTIONS (grouped by their `group`).
import type { Section } from '../sections';

interface Props {
  sections: Section[];
  current: string | undefined;
}

export function AppNav({ sections, current }: Props) {
  const groups: { title: string | null; items: Section[] }[] = [];
  for (const s of sections) {
    const title = s.group ?? null;
    const last = groups[groups.length - 1];
    if (last && last.title === title) last.items.push(s);
    else groups.push({ title, items: [s] });
  }
  return (
    <nav className="app-nav" aria-label="Hovedmeny">
      {groups.map((g, i) => (
        <div key={g.title ?? `g${i}`} className="nav-group">
          {g.title && <p className="nav-group-title">{g.title}</p>}
          <ul>
            {g.items.map((s) => (
              <li key={s.id}>
                <a
                  href={`#/${s.path}`}
                  aria-current={s.id === current ? 'page' : undefined}
                  className={s.id === current ? 'active' : undefined}
                >
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
