import { useEffect, useRef } from 'react';
import { Notice } from '../../../app/components/Notice';

/**
 * A form's failure, brought into view when it changes: on a phone the submit button is far below
 * the top of a long form, where the message would otherwise appear unseen.
 */
export function FormFailure({ text }: { text: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (text) ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [text]);
  return <div ref={ref}>{text && <Notice kind="error">{text}</Notice>}</div>;
}
