export interface HandoverFormValues {
  updatedAt: string;
  notes: string;
  items: {
    taskId: string;
    status: string;
    runningMatters: string;
    accessToTransfer: string;
    fileLocation: string;
    openQuestions: string;
  }[];
}

export interface HandoverFormState {
  error?: string;
  fieldErrors?: Record<string, string[]>;
  /** What was sent, shown again after a refused save. */
  values?: HandoverFormValues;
  /** Changes on each refused save so the form is rebuilt with the sent values. */
  attempt?: number;
}
