import { officers, type Officer } from '../api/work';
import { h } from '../components/dom';
import { errorMessage } from '../components/states';
import { t } from '../i18n/i18n';

/** The option the arrow keys move to: wraps around; the first (or last, going up) when none is active yet. */
export function moveActive(active: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (active < 0) return delta > 0 ? 0 : count - 1;
  return (((active + delta) % count) + count) % count;
}

/** How an officer reads in the list and in the box once picked: name and id. */
export function officerLabel(o: Officer): string {
  return o.name ? `${o.name}（${o.id}）` : o.id;
}

let instances = 0;

/**
 * A combobox to pick an officer (知识产权特派员): typing a part of a name (Chinese substrings work) or id lists
 * the matches from the API; ↑/↓ move, Enter picks, Escape closes; a click picks too. {@code onPick} gets the
 * officer, or null when the text no longer names the picked one.
 */
export function officerPicker(onPick: (officer: Officer | null) => void): HTMLElement {
  const id = `officer-options-${++instances}`;
  const list = h('ul', { id, role: 'listbox', class: 'picker-options', 'aria-label': t('keylist.officer'), hidden: true });
  const input = h('input', {
    type: 'text', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': id,
    'aria-label': t('keylist.pickOfficer'), placeholder: t('keylist.pickOfficer'), 'data-testid': 'officer-search',
    autocomplete: 'off',
  });
  const note = h('span', { class: 'muted', 'aria-live': 'polite' });
  let options: Officer[] = [];
  let active = -1;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (open: boolean) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) input.removeAttribute('aria-activedescendant');
  };
  const highlight = (index: number) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-${active}`);
      (list.children[active] as HTMLElement).scrollIntoView?.({ block: 'nearest' });
    }
  };
  const pick = (o: Officer) => {
    input.value = officerLabel(o);
    show(false);
    onPick(o);
  };
  const render = () => {
    list.replaceChildren(...options.map((o, i) => h('li', {
      id: `${id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-officer': o.id,
      onmousedown: (e: Event) => { e.preventDefault(); pick(o); },
    }, officerLabel(o))));
    note.textContent = options.length ? '' : t('keylist.noOfficer');
    active = -1;
    show(options.length > 0);
  };
  const search = () => {
    const mine = ++asked;
    officers(input.value.trim()).then((found) => {
      if (mine !== asked) return; // a later keystroke asked again
      options = found;
      render();
    }).catch((e: unknown) => { note.textContent = errorMessage(e); });
  };

  input.addEventListener('input', () => {
    onPick(null);
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
  input.addEventListener('focus', () => { if (!options.length) search(); });
  input.addEventListener('blur', () => show(false));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden && options.length) show(true);
      highlight(moveActive(active, e.key === 'ArrowDown' ? 1 : -1, options.length));
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape') {
      show(false);
    }
  });
  return h('span', { class: 'picker' }, input, list, note);
}
