/** What a flow of the bed sheet tells the sheet. */
export interface FlowProps {
  /** Done: the sentence to show on the board. */
  onDone: (text: string) => void;
  /** A message for the whole sheet (null clears it); `refresh` when the board is out of date. */
  onMessage: (text: string | null, refresh?: boolean) => void;
}
