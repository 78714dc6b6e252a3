import { Anchor, Button, NavLink, type AnchorProps, type ButtonProps, type NavLinkProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

// Mantine components that navigate with the router (typed `to`, `params`, `search`).

type AnchorAttrs = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;

const AnchorBase = forwardRef<HTMLAnchorElement, AnchorProps & AnchorAttrs>((props, ref) => <Anchor ref={ref} {...props} />);
const CreatedAnchor = createLink(AnchorBase);
export const RouterAnchor: LinkComponent<typeof AnchorBase> = (props) => <CreatedAnchor preload="intent" {...props} />;

const NavLinkBase = forwardRef<HTMLAnchorElement, NavLinkProps & AnchorAttrs>((props, ref) => <NavLink component="a" ref={ref} {...props} />);
const CreatedNavLink = createLink(NavLinkBase);
export const RouterNavLink: LinkComponent<typeof NavLinkBase> = (props) => <CreatedNavLink preload="intent" {...props} />;

const ButtonBase = forwardRef<HTMLAnchorElement, ButtonProps & AnchorAttrs>((props, ref) => <Button component="a" ref={ref} {...props} />);
const CreatedButton = createLink(ButtonBase);
export const RouterButton: LinkComponent<typeof ButtonBase> = (props) => <CreatedButton preload="intent" {...props} />;
