// A JSON value shown as indented text (never as HTML), in a named region that keyboard users can
// reach to scroll it.
import { ScrollRegion } from '../../components/ui/scroll-region.tsx'

export function JsonBlock({ value, label }: { value: unknown; /** What the JSON is, as the region's name. */ label: string }) {
  return (
    <ScrollRegion as="pre" className="code-block" label={label}>
      {JSON.stringify(value, null, 2)}
    </ScrollRegion>
  )
}
