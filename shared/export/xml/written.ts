// What the components in this folder share: XML formatted once by docx and shared, and writing a component's
// children as docx's XmlComponent does.

import { type BaseXmlComponent, EMPTY_OBJECT, type IContext, type IXmlableObject } from 'docx';

/** The context to format properties in: they refer to nothing else in the document. */
export const NO_DOCUMENT = { stack: [] } as unknown as IContext;

/** Makes any change to XML shared by many elements throw, rather than change them all. */
export function freezeXml<T>(xml: T): T {
  if (typeof xml === 'object' && xml !== null && !Object.isFrozen(xml)) {
    for (const value of Object.values(xml)) freezeXml(value);
    Object.freeze(xml);
  }
  return xml;
}

/**
 * The XML of an element: its properties, written already, then its children from `children[from]` on, each
 * written as XmlComponent writes it (with the element on the context's stack, as some children look there).
 */
export function writeElement(
  element: BaseXmlComponent,
  name: string,
  properties: IXmlableObject | undefined,
  children: readonly BaseXmlComponent[],
  from: number,
  context: IContext,
): IXmlableObject {
  context.stack.push(element);
  const content: unknown[] = properties ? [properties] : [];
  for (let index = from; index < children.length; index += 1) {
    const child = children[index] as BaseXmlComponent;
    for (const part of child.writtenAs ?? [child]) {
      const xml = part.prepForXml(context);
      if (xml !== undefined) content.push(xml);
    }
  }
  context.stack.pop();
  return { [name]: content.length > 0 ? content : EMPTY_OBJECT };
}
