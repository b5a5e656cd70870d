import { BADGE_STYLES, BADGE_THEMES, type BadgeStyle, type BadgeTheme } from '@cep/shared';
import type { BadgeLookChoice } from '../utils/embed-snippets.ts';

const STYLE_LABELS: Record<BadgeStyle, string> = { flat: 'Small badge', seal: 'Seal (member since, last period checked)' };
const THEME_LABELS: Record<BadgeTheme, string> = { light: 'For light pages', dark: 'For dark pages' };

/** The snippet builder's choice of look; the preview and both snippets follow it. */
export function LookPicker({ look, onChange }: { look: BadgeLookChoice; onChange: (look: BadgeLookChoice) => void }) {
  return (
    <div className="stack">
      <fieldset className="radio-group">
        <legend>Size</legend>
        {BADGE_STYLES.map((style) => (
          <label key={style} className="radio">
            <input type="radio" name="badge-style" value={style} checked={look.style === style} onChange={() => onChange({ ...look, style })} />
            {STYLE_LABELS[style]}
          </label>
        ))}
      </fieldset>
      <fieldset className="radio-group">
        <legend>Colours</legend>
        {BADGE_THEMES.map((theme) => (
          <label key={theme} className="radio">
            <input type="radio" name="badge-theme" value={theme} checked={look.theme === theme} onChange={() => onChange({ ...look, theme })} />
            {THEME_LABELS[theme]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
