import { BADGE_STYLES, BADGE_THEMES, type BadgeStyle, type BadgeTheme } from '@cep/shared';
import { RadioGroup } from '../../../components/ui/RadioGroup.tsx';
import type { BadgeLookChoice } from '../utils/embed-snippets.ts';

const STYLE_LABELS: Record<BadgeStyle, string> = { flat: 'Small badge', seal: 'Seal (member since, last period checked)' };
const THEME_LABELS: Record<BadgeTheme, string> = { light: 'For light pages', dark: 'For dark pages' };

/** The snippet builder's choice of look; the preview and both snippets follow it. */
export function LookPicker({ look, onChange }: { look: BadgeLookChoice; onChange: (look: BadgeLookChoice) => void }) {
  return (
    <div className="stack">
      <RadioGroup legend="Size" name="badge-style" options={BADGE_STYLES.map((s) => [s, STYLE_LABELS[s]] as const)} value={look.style} onChange={(style) => onChange({ ...look, style })} />
      <RadioGroup legend="Colours" name="badge-theme" options={BADGE_THEMES.map((t) => [t, THEME_LABELS[t]] as const)} value={look.theme} onChange={(theme) => onChange({ ...look, theme })} />
    </div>
  );
}
