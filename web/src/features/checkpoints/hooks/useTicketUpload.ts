import type { TicketImport } from '@cep/shared';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { uploadTickets } from '../api/checkpoints-api.ts';

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * Uploads a ticket export and reports how much of it has been sent. Leaving the page cancels an
 * upload still on its way.
 */
export function useTicketUpload(vendorId: string, period: string, onImported: (ticketImport: TicketImport) => void) {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);
  const mutation = useMutation({
    mutationFn: ({ file, timeZone, priorityMap }: { file: File; timeZone: string | undefined; priorityMap: string }) => {
      controller.current = new AbortController();
      setProgress({ loaded: 0, total: file.size });
      return uploadTickets(vendorId, period, file, {
        timeZone,
        priorityMap,
        signal: controller.current.signal,
        onProgress: (loaded, total) => setProgress({ loaded, total }),
      });
    },
    onSuccess: onImported,
    onSettled: () => {
      controller.current = null;
    },
  });
  return { ...mutation, progress, cancel: () => controller.current?.abort() };
}
