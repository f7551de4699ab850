import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "DigiCheck Wissen", template: "%s – DigiCheck Wissen" },
  description: "Aufgabenbezogene Wissensdatenbank für Kommunen",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  );
}
